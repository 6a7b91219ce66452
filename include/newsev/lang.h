/*
 * lang: language identification of a tokenized text, for articles whose
 * `lang` field is absent. Counts function words over the folded tokens.
 */
#ifndef NEWSEV_LANG_H
#define NEWSEV_LANG_H

struct text_doc;

/*
 * Language of doc (analyzed by text_analyze()): "fr", "en", or "und" when
 * the evidence is too thin or points to another language. Returns a
 * static string. Looks at most at the first few thousand words.
 */
const char *lang_identify(const struct text_doc *doc);

#endif
