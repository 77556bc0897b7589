package palisade.lib.credentials_test

import data.palisade.lib.credentials

test_formats_name_the_credential if {
	credentials.credential_value("AKIAIOSFODNN7EXAMPLE") == "an AWS access key ID"
	credentials.credential_value(" glpat-abcdefghijklmnopqrst ") == "a GitLab token"
	credentials.credential_value("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----") == "a private key"
}

test_words_and_placeholders_are_not_credentials if {
	not credentials.credential_value("JWT")
	not credentials.credential_value("my_key_value")
	not credentials.credential_value("AKIA-reports")
	not credentials.credential_value("ghp_short")
	not credentials.credential_value(42)
}
