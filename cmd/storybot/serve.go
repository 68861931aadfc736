package main

import (
	"context"
	"errors"
)

func runServe(context.Context, *env, []string) error {
	return errors.New("serve is not built yet")
}
