package palisade.dockerfile.default_shell_replaced_test

import data.palisade.dockerfile.default_shell_replaced
import data.palisade.lib.dockerfile_fixtures.doc

test_shell_replacement_is_flagged if {
	vs := default_shell_replaced.violation with input as doc(["FROM debian:12", "RUN ln -sfv /bin/bash /bin/sh", "RUN chsh -s /bin/zsh root"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_other_links_are_clean if {
	count(default_shell_replaced.violation) == 0 with input as doc(["FROM debian:12", "RUN ln -s /usr/bin/python3 /usr/bin/python", "SHELL [\"/bin/bash\", \"-c\"]"])
}
