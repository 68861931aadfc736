// Package text is storybot's one reading of English text: folding (case,
// accents, quotation marks), words and index terms, light stemming,
// synonyms and question idioms, stop and filler words, numbers and
// quantities, weekday, month and date names, one sentence splitter for
// stories, questions and model replies, instructions planted in a story,
// and mention defusing. Everything above it (story, retrieval, question,
// ground, extract) calls it; nothing keeps a copy.
package text
