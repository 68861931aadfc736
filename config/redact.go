package config

import "net/url"

// RedactURL hides the credentials written into a URL, for messages and
// logs: a password becomes xxxxx (https://user:xxxxx@host), and so does a
// user name given alone, which is often a token (https://xxxxx@host). Text
// that is not a URL is returned as it is.
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	} else {
		u.User = url.User("xxxxx")
	}
	return u.String()
}
