package palisade.dockerfile.password_in_image_test

import data.palisade.dockerfile.password_in_image
import data.palisade.lib.dockerfile_fixtures.doc

test_password_commands_are_flagged if {
	vs := password_in_image.violation with input as doc([
		"FROM ubuntu:24.04",
		"RUN echo root:toor | chpasswd",
		"RUN useradd -m -p $(openssl-passwd-x) app",
		"RUN passwd -d root",
		"RUN useradd --system app",
	])
	{v.path[1] | some v in vs} == {1, 2, 3}
}

test_users_without_passwords_are_clean if {
	count(password_in_image.violation) == 0 with input as doc([
		"FROM ubuntu:24.04",
		"RUN useradd --system --no-create-home --shell /usr/sbin/nologin app",
		"RUN passwd -l root",
	])
}
