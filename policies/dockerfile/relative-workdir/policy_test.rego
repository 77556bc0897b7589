package palisade.dockerfile.relative_workdir_test

import data.palisade.dockerfile.relative_workdir

doc(paths) := {"stages": [], "instructions": [{"cmd": "workdir", "args": [p], "json": false, "stage": 0} | some p in paths], "args": {}}

test_relative_paths_are_flagged if {
	vs := relative_workdir.violation with input as doc(["app", "/srv", "./build"])
	{v.path | some v in vs} == {["instructions", 0], ["instructions", 2]}
	some v in vs
	v.msg == "WORKDIR app is relative to the previous working directory; use an absolute path such as /app"
}

test_absolute_and_variable_paths_are_clean if {
	count(relative_workdir.violation) == 0 with input as doc(["/app", `"/opt/my app"`, "$HOME/app", "${APP_DIR}", `C:\app`])
}
