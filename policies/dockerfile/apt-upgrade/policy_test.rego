package palisade.dockerfile.apt_upgrade_test

import data.palisade.dockerfile.apt_upgrade

doc(scripts) := {"stages": [], "instructions": [{"cmd": "run", "args": [s], "json": false, "stage": 0} | some s in scripts], "args": {}}

test_upgrades_are_flagged if {
	vs := apt_upgrade.violation with input as doc([
		"apt-get update && apt-get -y upgrade",
		"apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*",
	])
	{v.path | some v in vs} == {["instructions", 0], ["instructions", 1]}
}

test_installs_are_clean if {
	count(apt_upgrade.violation) == 0 with input as doc([
		"apt-get update && apt-get install -y --no-install-recommends unattended-upgrades",
		"pip install --upgrade pip",
	])
}
