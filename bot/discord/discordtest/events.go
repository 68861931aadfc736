package discordtest

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// User is a fake human.
type User struct{ ID, Name string }

func (u User) json() map[string]any {
	return map[string]any{"id": u.ID, "username": u.Name, "discriminator": "0"}
}

// Interaction is the payload of an INTERACTION_CREATE for an application
// command; guild "" makes it a DM interaction.
func Interaction(id, token, guild, channel string, u User, data map[string]any) map[string]any {
	i := map[string]any{
		"id": id, "application_id": AppID, "type": 2, "token": token, "version": 1,
		"channel_id": channel, "data": data, "locale": "en-US",
	}
	if guild != "" {
		i["guild_id"] = guild
		i["member"] = map[string]any{"user": u.json(), "roles": []any{}}
	} else {
		i["user"] = u.json()
	}
	return i
}

// Ask is the data of "/ask question:<q> [private:true]".
func Ask(q string, private bool) map[string]any {
	opts := []any{map[string]any{"type": 3, "name": "question", "value": q}}
	if private {
		opts = append(opts, map[string]any{"type": 5, "name": "private", "value": true})
	}
	return map[string]any{"id": "800000000000000001", "name": "ask", "type": 1, "options": opts}
}

// Command is the data of a slash command without options.
func Command(name string) map[string]any {
	return map[string]any{"id": "800000000000000002", "name": name, "type": 1}
}

// AskMessage is the data of the "Ask storybot" context-menu command used
// on message m.
func AskMessage(m map[string]any) map[string]any {
	id := m["id"].(string)
	return map[string]any{
		"id": "800000000000000003", "name": "Ask storybot", "type": 3, "target_id": id,
		"resolved": map[string]any{"messages": map[string]any{id: m}},
	}
}

// UserMessage stores and returns a message by u: guild "" is a DM;
// mentionBot puts the bot in its mentions (as Discord does for "<@bot>");
// replyTo, when set, makes it a reply to that stored message.
func (s *Server) UserMessage(id, guild, channel string, u User, content string, mentionBot bool, replyTo string) map[string]any {
	m := map[string]any{
		"id": id, "channel_id": channel, "author": u.json(), "content": content, "type": 0,
		"timestamp": time.Now().UTC().Format(time.RFC3339), "mentions": []any{},
	}
	if guild != "" {
		m["guild_id"] = guild
	}
	if mentionBot {
		m["mentions"] = []any{botUser()}
	}
	if replyTo != "" {
		m["type"] = 19
		m["message_reference"] = map[string]any{"message_id": replyTo, "channel_id": channel}
		if rm := s.Message(replyTo); rm != nil {
			m["referenced_message"] = rm
		}
	}
	s.AddMessage(m)
	return m
}

// CarriesMessage reports whether r sends or edits a message (content,
// embeds, an interaction response).
func (r Request) CarriesMessage() bool {
	if r.Method != "POST" && r.Method != "PATCH" {
		return false
	}
	return strings.HasSuffix(r.Path, "/callback") || strings.HasPrefix(r.Path, "/webhooks/") ||
		strings.HasPrefix(r.Path, "/channels/") && strings.Contains(r.Path, "/messages")
}

// Message decodes the message r carries: the body, or for an interaction
// callback its "data".
func (r Request) Message() (map[string]any, error) {
	var body map[string]any
	if err := json.Unmarshal(r.Body, &body); err != nil {
		return nil, fmt.Errorf("%s: body is not a JSON object: %w", r, err)
	}
	if strings.HasSuffix(r.Path, "/callback") {
		d, _ := body["data"].(map[string]any)
		return d, nil
	}
	return body, nil
}

// CheckNoPings returns an error unless r, when it carries a message, says
// allowed_mentions {"parse": []} with no users, no roles and no ping of
// the replied-to author: then nothing in it can ping anyone.
func (r Request) CheckNoPings() error {
	if !r.CarriesMessage() {
		return nil
	}
	m, err := r.Message()
	if err != nil {
		return err
	}
	am, ok := m["allowed_mentions"].(map[string]any)
	if !ok {
		return fmt.Errorf("%s: no allowed_mentions in %s", r, r.Body)
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		return fmt.Errorf("%s: allowed_mentions.parse is %v, want []", r, am["parse"])
	}
	for _, k := range []string{"users", "roles"} {
		if v, ok := am[k].([]any); ok && len(v) > 0 {
			return fmt.Errorf("%s: allowed_mentions.%s is %v", r, k, v)
		}
	}
	if am["replied_user"] == true {
		return fmt.Errorf("%s: allowed_mentions.replied_user is true", r)
	}
	return nil
}
