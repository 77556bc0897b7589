package palisade.dockerfile.duplicate_stage_name_test

import data.palisade.dockerfile.duplicate_stage_name
import data.palisade.lib.dockerfile_fixtures.doc

test_reused_names_are_flagged if {
	vs := duplicate_stage_name.violation with input as doc(["FROM golang:1.22 AS build", "FROM node:20.11 AS Build", "FROM alpine:3.20"])
	{v.path | some v in vs} == {["instructions", 0], ["instructions", 1]}
}

test_unique_names_are_clean if {
	count(duplicate_stage_name.violation) == 0 with input as doc(["FROM golang:1.22 AS build-api", "FROM node:20.11 AS build-web", "FROM alpine:3.20"])
}

test_three_stages_of_one_name_each_name_the_others if {
	vs := duplicate_stage_name.violation with input as doc(["FROM golang:1.22 AS build", "FROM node:20.11 AS build", "FROM rust:1.80 AS build", "FROM alpine:3.20"])
	{v.msg | some v in vs} == {
		"stage 0 is named \"build\", like stage 1, 2; stage names must be unique",
		"stage 1 is named \"build\", like stage 0, 2; stage names must be unique",
		"stage 2 is named \"build\", like stage 0, 1; stage names must be unique",
	}
}
