package palisade.repository.install_scripts_test

import data.palisade.repository.install_scripts

test_install_hooks_are_flagged if {
	vs := install_scripts.violation with input as {"name": "x", "scripts": {"postinstall": "node fetch.js", "preinstall": "sh setup.sh", "test": "vitest"}}
	{v.path | some v in vs} == {["scripts", "postinstall"], ["scripts", "preinstall"]}
	some v in vs
	v.msg == `package.json runs "node fetch.js" as its postinstall script on every install; move it to an explicit script`
}

test_other_scripts_are_clean if {
	count(install_scripts.violation) == 0 with input as {"name": "x", "scripts": {"build": "tsc", "prepare": "husky"}}
	count(install_scripts.violation) == 0 with input as {"name": "x"}
}
