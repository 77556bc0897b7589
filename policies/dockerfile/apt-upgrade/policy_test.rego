package palisade.dockerfile.apt_upgrade_test

import data.palisade.dockerfile.apt_upgrade
import data.palisade.lib.dockerfile_fixtures.doc

test_upgrades_are_flagged if {
	vs := apt_upgrade.violation with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get -y upgrade",
		"RUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*",
	])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_installs_are_clean if {
	count(apt_upgrade.violation) == 0 with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get install -y --no-install-recommends unattended-upgrades",
		"RUN pip install --upgrade pip",
	])
}
