/*
 * actors: one left-to-right pass over the tokens builds actor and place
 * mentions from gazetteer matches, then attaches what grammar glues to
 * them: a demonym or "de la Russie" gives a role its country ("le
 * président russe"), a name after a role is a person with that role ("son
 * homologue angolais, João Lourenço"), a capital not after a locative
 * preposition names its government. Coreference links a bare role ("le chef
 * de l'État") or a country role to the person it last named, "le
 * ministère" to the last ministry with a country, "l'organisation" or "le
 * Fonds" to the last organization, a surname to its full name. After the
 * pass, a head role with no antecedent names the office holder of the
 * people list only if the article names that person earlier (the list
 * never adds a name the text lacks), ambiguous names ("congolais",
 * "Bruxelles") take the reading the article names most, and roles left
 * without a country take the story's. National bodies named without their
 * state ("la Cour suprême") take one as roles do; a role of an
 * organization, seat or group ("le porte-parole du Hezbollah", "the
 * commander of the Sudanese army") speaks with its code; unknown places
 * after a place noun ("la ville de X"), unknown French institutions ("le
 * Conseil national de sécurité") and capitalized names after an article
 * are places and organizations, never persons.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/actors.h"
#include "newsev/dict.h"
#include "newsev/gazetteer.h"
#include "newsev/patterns.h"
#include "newsev/text.h"
#include "newsev/xctx.h"

/* Coreference looks back at most this many mentions (keeps it linear). */
#define LOOKBACK 256
#define HEAD_FLAGS (GAZ_F_HEAD_STATE | GAZ_F_HEAD_GOV | GAZ_F_FOREIGN_MIN)
/* A role with its portfolio is shorter than this many bytes and tokens. */
#define ROLE_VIEW_BYTES 256
#define ROLE_VIEW_MAX 64

#define wclass xctx_wclass

static struct xmention *
mention_new(struct xctx *x, size_t tok, size_t ntok)
{
	struct xmention *m;
	const struct token *a = &x->doc.toks[tok];
	const struct token *b = &x->doc.toks[tok + ntok - 1];

	if (x->nm == x->mcap) {
		size_t cap = x->mcap ? x->mcap * 2 : 64;
		struct xmention *nm = realloc(x->m, cap * sizeof(*nm));

		if (nm == NULL)
			return NULL;
		x->m = nm;
		x->mcap = cap;
	}
	m = &x->m[x->nm++];
	memset(m, 0, sizeof(*m));
	m->tok = (uint32_t)tok;
	m->ntok = (uint32_t)ntok;
	m->sent = a->sent;
	m->span.start = a->start;
	m->span.end = b->end;
	m->ref = -1;
	return m;
}

/* Gazetteer entry to use among those of one phrase. */
static const struct gaz_entry *
entry_pick(const struct gaz_entry *e)
{
	static const int prio[] = {
		[GAZ_PERSON] = 8, [GAZ_ORG] = 7, [GAZ_COUNTRY] = 6,
		[GAZ_SEAT] = 5, [GAZ_CITY] = 4, [GAZ_ROLE] = 3,
		[GAZ_DEMONYM] = 2, [GAZ_REGION] = 1,
	};
	const struct gaz_entry *best = e;

	for (; e; e = e->next)
		if (prio[e->type] > prio[best->type])
			best = e;
	return best;
}

static void
copy_codes(struct xmention *m, const struct gaz_entry *e)
{
	memcpy(m->country, e->country, sizeof(m->country));
	memcpy(m->role, e->role, sizeof(m->role));
	memcpy(m->cameo, e->cameo, sizeof(m->cameo));
}

static void
set_cameo(struct xmention *m)
{
	size_t c, r;

	if (m->country[0] == '\0')
		return;
	c = strnlen(m->country, sizeof(m->country) - 1);
	r = strnlen(m->role, sizeof(m->role) - 1);
	memcpy(m->cameo, m->country, c);	/* country + role: "RUSGOV" */
	memcpy(m->cameo + c, m->role, r);
	m->cameo[c + r] = '\0';
}

/*
 * A name the gazetteer gives two identities ("congolais": COD or COG), or
 * a country that is also a city ("Luxembourg").
 */
static int
entry_ambiguous(const struct gaz_entry *e)
{
	const struct gaz_entry *f;
	int country = 0, city = 0;

	for (f = e; f; f = f->next) {
		country |= f->type == GAZ_COUNTRY;
		city |= f->type == GAZ_CITY;
	}
	if (country && city)
		return 1;
	for (; e; e = e->next) {
		if (e->type == GAZ_ROLE || e->type == GAZ_PERSON ||
		    e->type == GAZ_REGION)
			continue;
		for (f = e->next; f; f = f->next)
			if (f->type != GAZ_ROLE && f->type != GAZ_PERSON &&
			    f->type != GAZ_REGION && (strcmp(e->country,
			    f->country) != 0 || strcmp(e->cameo, f->cameo) != 0))
				return 1;
	}
	return 0;
}

/* Set mention m (starting at token m->tok) from gazetteer entry e. */
static void
mention_set(struct xctx *x, struct xmention *m, const struct gaz_entry *e,
    int loc)
{
	copy_codes(m, e);
	m->name = e->name;
	m->gflags = e->flags;
	m->lat = e->lat;
	m->lon = e->lon;
	m->has_coords = e->has_coords;
	m->locative = (uint8_t)loc;
	m->actor = m->place = m->role_only = m->adj = 0;
	switch (e->type) {
	case GAZ_PERSON:
		m->kind = EXTRACT_KIND_PERSON;
		m->actor = 1;
		break;
	case GAZ_ORG:
		m->kind = EXTRACT_KIND_ORGANIZATION;
		m->actor = 1;
		/* "la Cour suprême", "l'Assemblée nationale": a national
		 * body named without its state takes one as a role does */
		m->role_only = m->country[0] == '\0' && m->cameo[0] == '\0' &&
		    m->role[0] != '\0';
		break;
	case GAZ_COUNTRY:
		m->kind = EXTRACT_KIND_COUNTRY;
		m->actor = 1;	/* "livrer des armes à la Corée du Nord" */
		m->place = 1;
		break;
	case GAZ_SEAT:
		/* a government (COUNTRY); an IGO's seat speaks for the IGO */
		m->kind = m->country[0] ? EXTRACT_KIND_COUNTRY :
		    EXTRACT_KIND_ORGANIZATION;
		m->actor = !loc;
		if (m->role[0] == '\0')
			memcpy(m->role, "GOV", 4);
		set_cameo(m);
		break;
	case GAZ_CITY:
		m->kind = EXTRACT_KIND_LOCATION;
		m->place = 1;
		m->actor = !loc && (e->flags & GAZ_F_CAPITAL);
		if (m->actor && m->role[0] == '\0')
			memcpy(m->role, "GOV", 4);
		break;
	case GAZ_REGION:
		m->kind = EXTRACT_KIND_LOCATION;
		m->place = 1;
		break;
	case GAZ_ROLE:
		m->kind = EXTRACT_KIND_GROUP;
		m->actor = 1;
		/* an IGO's own officer ("le commissaire européen") is its IGO */
		m->role_only = m->country[0] == '\0' && m->cameo[0] == '\0';
		set_cameo(m);
		break;
	case GAZ_DEMONYM:
		m->kind = EXTRACT_KIND_COUNTRY;
		m->actor = 1;	/* "Chinese companies", "entreprises chinoises" */
		/* only "les Russes" (a capitalized French noun) can act */
		m->adj = !(x->lang[0] == 'f' && (x->doc.toks[m->tok].flags &
		    TOK_F_CAP) && !(x->doc.toks[m->tok].flags & TOK_F_SENT_START));
		break;
	}
}

/* The flags of all role readings of a phrase ("secretary-general"). */
static unsigned
role_flags(const struct gaz_entry *e)
{
	unsigned f = 0;

	for (; e; e = e->next)
		if (e->type == GAZ_ROLE)
			f |= e->flags;
	return f;
}

/* Mention from gazetteer entry e (picked from chain all) over [i, i+n). */
static struct xmention *
mention_gaz(struct xctx *x, size_t i, size_t n, const struct gaz_entry *e,
    const struct gaz_entry *all)
{
	struct xmention *m;
	int loc = i > 0 && (wclass(x, i - 1) & W_LOC) != 0;

	if (i > 1 && (wclass(x, i - 1) & W_DET) && !(wclass(x, i - 1) & W_LOC) &&
	    (wclass(x, i - 2) & W_LOC))
		loc = 1;
	if ((m = mention_new(x, i, n)) == NULL)
		return NULL;
	mention_set(x, m, e, loc);
	if (entry_ambiguous(all))
		m->amb_tok = (uint32_t)i + 1;
	if (e->type == GAZ_ROLE && all->next != NULL)
		m->gflags |= role_flags(all) & GAZ_F_IGOHEAD;
	return m;
}

/* A capitalized word that may be part of a person name. */
static int
name_word(const struct xctx *x, size_t i)
{
	const struct token *t = &x->doc.toks[i];

	return t->type == TOK_WORD && (t->flags & TOK_F_CAP) &&
	    !(t->flags & TOK_F_ELIDED) && !(wclass(x, i) & W_TITLE) && !(t->flags & TOK_F_UPPER && t->end -
	    t->start <= 4) && x->tok_m[i] == 0;
}

/* Length of a person name starting at token i (0 if none): Cap (part) Cap. */
static size_t
name_len(const struct xctx *x, size_t i, size_t sent_end)
{
	size_t j = i, caps = 0;

	if (wclass(x, i) & W_DET)
		return 0;	/* "Le Conseil", but "Jean-Yves Le Drian" */
	while (j < sent_end) {
		if (name_word(x, j)) {
			caps++;
			j++;
		} else if (caps > 0 && j + 1 < sent_end &&
		    (wclass(x, j) & W_PARTICLE) && name_word(x, j + 1)) {
			j++;
		} else if (caps > 0 && j + 2 < sent_end &&
		    (wclass(x, j) & W_PARTICLE) &&
		    strcmp(text_tok_norm(&x->doc, j + 1), "-") == 0 &&
		    (x->doc.toks[j + 1].flags & TOK_F_GLUED) &&
		    name_word(x, j + 2)) {
			j += 2;		/* "Moussaed al-Aiban" */
		} else if (caps > 0 && j + 1 < sent_end &&
		    strcmp(text_tok_norm(&x->doc, j), "-") == 0 &&
		    (x->doc.toks[j].flags & TOK_F_GLUED) &&
		    (x->doc.toks[j + 1].flags & TOK_F_GLUED) &&
		    x->doc.toks[j + 1].type == TOK_WORD) {
			j += 2;		/* "Yong-hyun", "Kosiniak-Kamysz" */
		} else
			break;
	}
	return caps >= 2 ? j - i : 0;
}

/* Previous mention ending right before token i (skipping one comma). */
static struct xmention *
mention_before(struct xctx *x, size_t i, int comma)
{
	struct xmention *m;

	if (x->nm == 0)
		return NULL;
	m = &x->m[x->nm - 1];
	if (m->tok + m->ntok == i)
		return m;
	if (comma && m->tok + m->ntok + 1 == i && x->doc.toks[i - 1].type ==
	    TOK_PUNCT && strcmp(text_tok_norm(&x->doc, i - 1), ",") == 0)
		return m;
	return NULL;
}

/* Last earlier mention that is a person or names one, matching flags/country. */
static int
find_antecedent(const struct xctx *x, size_t before, unsigned flags,
    const char *country)
{
	size_t k, stop = before > LOOKBACK ? before - LOOKBACK : 0;

	for (k = before; k-- > stop;) {
		const struct xmention *m = &x->m[k];

		if (m->role_only || !m->actor)
			continue;
		if (country && strcmp(m->country, country) != 0)
			continue;
		if (flags && !(m->gflags & flags))
			continue;
		if (m->kind != EXTRACT_KIND_PERSON && m->ref < 0 && country)
			continue;
		return m->ref >= 0 ? m->ref : (int)k;
	}
	return -1;
}

/*
 * Give a role mention the country of the demonym or "de X" after it. An
 * organization or a seat of power gives its own code too: "le porte-parole
 * du Hezbollah" speaks for LBNREB, "un porte-parole du Pentagone" for
 * USAMIL, not for the state's government.
 */
static void
role_take_country(struct xmention *r, const struct xmention *c)
{
	int body = c->kind == EXTRACT_KIND_ORGANIZATION ||
	    (c->kind == EXTRACT_KIND_COUNTRY && !c->place && c->role[0]);

	memcpy(r->country, c->country, sizeof(r->country));
	if (c->country[0] == '\0') {	/* an IGO, or a region's adjective */
		memcpy(r->cameo, c->cameo, sizeof(r->cameo));
		r->name = c->name;
	} else if (body && r->kind == EXTRACT_KIND_GROUP && c->cameo[0]) {
		memcpy(r->role, c->role, sizeof(r->role));
		memcpy(r->cameo, c->cameo, sizeof(r->cameo));
	} else
		set_cameo(r);
	r->role_only = 0;
	r->span.end = c->span.end;
	r->ntok = c->tok + c->ntok - r->tok;
	r->ref = -1;		/* "le président" + "guyanien": resolve again */
	r->person = NULL;
	if (c->amb_tok)
		r->amb_tok = c->amb_tok;
}

/*
 * "le ministère" + "chinois" + "des affaires étrangères": when the role
 * words (rn tokens) and the words after the demonym make a longer role
 * ("ministère des affaires étrangères"), take it and its words. The
 * gazetteer is matched on a view of the document's own tokens with the
 * demonym left out (no copy, no second analysis). Returns the number of
 * tokens added after the demonym.
 */
static size_t
role_extend(struct xctx *x, struct xmention *r, size_t rn)
{
	const struct token *t = x->doc.toks;
	size_t after = r->tok + r->ntok, end = after, n, extra = 0, nv;
	size_t send = x->doc.sents[r->sent].tok + x->doc.sents[r->sent].ntok;
	const struct gaz_entry *e = NULL;
	struct token view[ROLE_VIEW_MAX];
	struct text_doc d;

	if (after >= send || !(wclass(x, after) & W_OF) || rn == 0)
		return 0;	/* a portfolio starts with "de": "des affaires" */
	while (end < send && end < after + 6 && t[end].type == TOK_WORD)
		end++;
	if ((t[r->tok + rn - 1].end - t[r->tok].start) + 1 +
	    (t[end - 1].end - t[after].start) >= ROLE_VIEW_BYTES ||
	    rn + (end - after) > ROLE_VIEW_MAX)
		return 0;	/* longer than any role phrase */
	memcpy(view, &t[r->tok], rn * sizeof(*view));
	memcpy(view + rn, &t[after], (end - after) * sizeof(*view));
	nv = rn + (end - after);
	view[rn].flags &= (uint8_t)~TOK_F_GLUED;	/* words joined by a space */
	d = x->doc;
	d.toks = view;
	d.ntoks = nv;
	if ((n = gazetteer_match(x->d->gaz, &d, 0, &e)) > rn && e != NULL &&
	    n - rn <= end - after) {
		for (; e && e->type != GAZ_ROLE; e = e->next)
			;
		if (e != NULL) {
			extra = n - rn;
			memcpy(r->role, e->role, sizeof(r->role));
			r->gflags = e->flags | (role_flags(e) & GAZ_F_IGOHEAD);
			r->name = e->name;
			set_cameo(r);
			r->ntok += (uint32_t)extra;
			r->span.end = t[after + extra - 1].end;
		}
	}
	return extra;
}

/* "la cheffe de mission du Fonds": role, de, one common noun, then "de" at ofpos. */
static int
role_of_noun(const struct xctx *x, const struct xmention *r, size_t ofpos)
{
	size_t e = r->tok + r->ntok;

	return e + 2 == ofpos && (wclass(x, e) & W_OF) &&
	    x->doc.toks[e + 1].type == TOK_WORD &&
	    !(x->doc.toks[e + 1].flags & TOK_F_CAP) && x->tok_m[e + 1] == 0;
}

/*
 * "a spokeswoman for the UN refugee agency", "a spokesman for Hamas": in
 * English a role before "for" (and an article) and an organization speaks
 * for it; "the envoy for Sudan" is sent to a country and stays apart.
 */
static int
for_org(const struct xctx *x, const struct xmention *r,
    const struct xmention *c)
{
	size_t k = r->tok + r->ntok;

	if (x->lang[0] != 'e' || c->kind != EXTRACT_KIND_ORGANIZATION ||
	    k >= c->tok || strcmp(text_tok_norm(&x->doc, k), "for") != 0)
		return 0;
	return k + 1 == c->tok || (k + 2 == c->tok && (wclass(x, k + 1) &
	    W_DET));
}

/*
 * "les chefs d'État ouest-africains", "les dirigeants africains": a plural
 * role and the adjective of a region (no country, a region or IGO code)
 * are the region's leaders together, or its organization (disambiguate()).
 */
static int
regional_heads(const struct xmention *r, const struct xmention *c)
{
	return c->country[0] == '\0' && c->cameo[0] != '\0' &&
	    (r->gflags & GAZ_F_PLURAL) && (c->gflags & GAZ_F_PLURAL);
}

/*
 * Attach the mention just added (last) to the one before it when grammar
 * says so. Returns the number of tokens the merged role took beyond it.
 */
static size_t
attach(struct xctx *x)
{
	struct xmention *c = &x->m[x->nm - 1], *r;
	size_t i = c->tok;
	int of = i > 0 && (wclass(x, i - 1) & W_OF);
	int of2 = i > 1 && (wclass(x, i - 1) & W_DET) && (wclass(x, i - 2) & W_OF);

	size_t rn;

	if (x->nm < 2)
		return 0;
	r = &x->m[x->nm - 2];
	rn = r->ntok;
	if ((r->kind != EXTRACT_KIND_GROUP &&
	    r->kind != EXTRACT_KIND_ORGANIZATION) || !r->role_only ||
	    r->sent != c->sent)
		return 0;
	if (c->kind == EXTRACT_KIND_COUNTRY && r->tok + r->ntok == i &&
	    !c->place && (c->country[0] || regional_heads(r, c))) {
		role_take_country(r, c);		/* "président russe" */
		x->nm--;
		return role_extend(x, r, rn);
	}
	if ((of && r->tok + r->ntok + 1 == i) || (of2 && r->tok + r->ntok + 2 ==
	    i) || (c->kind == EXTRACT_KIND_ORGANIZATION && (of || of2) &&
	    role_of_noun(x, r, of ? i - 1 : i - 2)) || for_org(x, r, c)) {
		if (c->country[0] || c->kind == EXTRACT_KIND_ORGANIZATION) {
			role_take_country(r, c);	/* "ministre de l'Inde" */
			x->nm--;
		}
	}
	return 0;
}

/*
 * "le porte-parole du ministère iranien des affaires étrangères": a role
 * before "de" + an institution that now has a country takes it; both stay.
 */
static void
attach_body(struct xctx *x)
{
	struct xmention *b = &x->m[x->nm - 1], *r;
	size_t i = b->tok;

	if (x->nm < 2 || !(b->gflags & GAZ_F_BODY) || b->role_only)
		return;
	r = &x->m[x->nm - 2];
	if (r->kind != EXTRACT_KIND_GROUP || !r->role_only || r->sent != b->sent ||
	    (r->gflags & GAZ_F_BODY))
		return;
	if (!((r->tok + r->ntok + 1 == i && (wclass(x, i - 1) & W_OF)) ||
	    (r->tok + r->ntok + 2 == i && (wclass(x, i - 1) & W_DET) &&
	    (wclass(x, i - 2) & W_OF))))
		return;
	memcpy(r->country, b->country, sizeof(r->country));
	set_cameo(r);
	r->role_only = 0;
	r->amb_tok = b->amb_tok;
}

/* English order: demonym then role ("Russian President"). */
static void
attach_demonym_role(struct xctx *x)
{
	struct xmention *r = &x->m[x->nm - 1], *c;
	int possessive = 0;

	if (x->nm < 2 || !r->role_only)
		return;
	c = &x->m[x->nm - 2];
	if (c->tok + c->ntok + 1 == r->tok && strcmp(text_tok_norm(&x->doc,
	    r->tok - 1), "'s") == 0)
		possessive = 1;		/* "Sudan's army" */
	else if (c->tok + c->ntok != r->tok)
		return;
	if (c->kind == EXTRACT_KIND_GROUP && (c->gflags & GAZ_F_BODY) &&
	    !c->role_only && !possessive) {
		/* "Russian foreign ministry spokeswoman": the ministry's */
		memcpy(r->country, c->country, sizeof(r->country));
		set_cameo(r);
		r->role_only = 0;
		r->amb_tok = c->amb_tok;
		return;
	}
	if (c->kind == EXTRACT_KIND_ORGANIZATION && (c->country[0] == '\0' ||
	    !possessive)) {
		/* "EU officials", "the KCNA news agency": its people */
		c->ntok = r->tok + r->ntok - c->tok;
		c->span.end = r->span.end;
		x->nm--;
		return;
	}
	if (c->country[0] == '\0' || (c->kind != EXTRACT_KIND_COUNTRY &&
	    !(possessive && c->actor)) || (c->place && x->lang[0] != 'e'))
		return;
	r->ntok += r->tok - c->tok;
	r->tok = c->tok;
	r->amb_tok = c->amb_tok;
	r->span.start = c->span.start;
	memcpy(r->country, c->country, sizeof(r->country));
	if (c->kind == EXTRACT_KIND_ORGANIZATION || (c->kind ==
	    EXTRACT_KIND_COUNTRY && c->role[0] && !c->place)) {
		/* "Hezbollah's spokesman" LBNREB, "the Pentagon's" USAMIL */
		memcpy(r->role, c->role, sizeof(r->role));
		memcpy(r->cameo, c->cameo, sizeof(r->cameo));
	} else
		set_cameo(r);
	r->role_only = 0;
	x->m[x->nm - 2] = *r;
	x->nm--;
}

/*
 * "le porte-parole de l'armée malienne", "the commander of the Sudanese
 * army", "un responsable de la police": a bare role before "de"/"of" and a
 * group is that group's own agent, with its role, code and country (the
 * country may still come from the story). Heads of state or government
 * and counterparts keep their own reading, and an institution stays one
 * (attach_body()).
 */
static void
attach_group_of(struct xctx *x)
{
	struct xmention *c = &x->m[x->nm - 1], *r;
	size_t end, i = c->tok;

	if (x->nm < 2 || c->kind != EXTRACT_KIND_GROUP || c->ref >= 0 ||
	    (c->gflags & (HEAD_FLAGS | GAZ_F_ANAPHOR | GAZ_F_STATEREF |
	    GAZ_F_BODY)))
		return;
	r = &x->m[x->nm - 2];
	end = r->tok + r->ntok;
	if (r->kind != EXTRACT_KIND_GROUP || !r->role_only || r->ref >= 0 ||
	    r->sent != c->sent || (r->gflags & (HEAD_FLAGS | GAZ_F_BODY)) ||
	    (wclass(x, r->tok) & W_COUNTERPART) || c->role[0] == '\0')
		return;
	if (!((end + 1 == i && (wclass(x, i - 1) & W_OF)) || (end + 2 == i &&
	    (wclass(x, i - 1) & W_DET) && (wclass(x, i - 2) & W_OF))))
		return;
	memcpy(r->country, c->country, sizeof(r->country));
	memcpy(r->role, c->role, sizeof(r->role));
	memcpy(r->cameo, c->cameo, sizeof(r->cameo));
	r->role_only = c->role_only;
	r->amb_tok = c->amb_tok;
	r->ntok = c->tok + c->ntok - r->tok;
	r->span.end = c->span.end;
	x->nm--;
}

/* 1 when the gazetteer entries e hold a plain role (no anaphor, no state). */
static int
plain_role(const struct gaz_entry *e)
{
	for (; e; e = e->next)
		if (e->type == GAZ_ROLE &&
		    !(e->flags & (GAZ_F_ANAPHOR | GAZ_F_STATEREF)))
			return 1;
	return 0;
}

/* 1 when a plain role phrase starts at token i. */
static int
plain_role_at(const struct xctx *x, size_t i)
{
	const struct gaz_entry *e;

	return i < x->doc.ntoks && gazetteer_match(x->d->gaz, &x->doc, i,
	    &e) > 0 && plain_role(e);
}

/* 1 when organization mention r took a role after its name ("a UN spokesman"). */
static int
org_with_role(const struct xctx *x, const struct xmention *r)
{
	for (size_t t = r->tok + 1; t < r->tok + r->ntok; t++)
		if (plain_role_at(x, t))
			return 1;
	return 0;
}

/*
 * "Maxime Ndodé, un chef de milice centrafricain", "Farhan Haq, a UN
 * spokesman": the role apposed after a name describes that person, who
 * takes its codes, and the role no longer acts beside it. A person known
 * already ("Kaja Kallas, the Estonian prime minister") keeps its codes;
 * a role of another country after it starts a list ("Poutine, le
 * président turc et ...") and stays apart.
 */
static void
apposition_back(struct xctx *x)
{
	struct xmention *r, *p;
	size_t k;
	int org;

	if (x->nm < 2)
		return;
	r = &x->m[x->nm - 1];
	for (k = x->nm - 1; k-- > 0 && k + 4 > x->nm;)
		if (x->m[k].kind == EXTRACT_KIND_PERSON)
			break;
	if (k == (size_t)-1 || k + 4 <= x->nm)
		return;
	p = &x->m[k];
	if (r->ref >= 0 || p->ref >= 0 || r->sent != p->sent ||
	    r->tok > p->tok + p->ntok + 7 || (r->kind == EXTRACT_KIND_COUNTRY &&
	    r->place) || (wclass(x, r->tok) & W_COUNTERPART) ||
	    strcmp(text_tok_norm(&x->doc, p->tok + p->ntok), ",") != 0)
		return;		/* the cheap tests first */
	if (r->kind == EXTRACT_KIND_COUNTRY && plain_role_at(x, r->tok + r->ntok))
		return;		/* "X, the Colombian defence minister": wait */
	org = r->kind == EXTRACT_KIND_ORGANIZATION && org_with_role(x, r);
	if (!(r->kind == EXTRACT_KIND_GROUP || r->kind == EXTRACT_KIND_COUNTRY ||
	    org))
		return;
	for (k = p->tok + p->ntok + 1; k < r->tok; k++)
		if (x->tok_info[k].hits != NULL)
			return;	/* "X, a promis aux agriculteurs belges" */
	if (r->role_only) {
		/* "General X, the army spokesman": no country to give yet */
		if (p->role[0] == '\0')
			memcpy(p->role, r->role, sizeof(p->role));
	} else if (p->country[0] || p->cameo[0]) {
		if (r->country[0] && strcmp(r->country, p->country) != 0)
			return;
	} else {
		memcpy(p->country, r->country, sizeof(p->country));
		memcpy(p->role, r->role, sizeof(p->role));
		if (r->country[0] && !org)
			set_cameo(p);
		else	/* "Jane Roe, the deputy director of Human Rights Watch" */
			memcpy(p->cameo, r->cameo, sizeof(p->cameo));
		if (org)
			p->role[0] = '\0';	/* speaks for the organization */
	}
	r->ref = (int32_t)(p - x->m);
	r->actor = 0;	/* the person acts, the apposed role describes */
}

/* A role mention a name may be apposed to (an institution only as a last resort). */
static int
role_for_name(const struct xmention *r)
{
	if (r->kind == EXTRACT_KIND_ORGANIZATION)
		return 2;
	if (r->kind != EXTRACT_KIND_GROUP)
		return 0;
	return (r->gflags & GAZ_F_BODY) ? 1 : 2;
}

/*
 * Index of the role a name at token i is apposed to, or -1: "le président
 * Lula", "son homologue, X", "le porte-parole du ministère, X" (the
 * spokesperson, not the ministry).
 */
static int
apposed_role(struct xctx *x, size_t i)
{
	struct xmention *r = mention_before(x, i, 1);
	size_t k;
	int body = -1, w;

	/* "l'envoyée de l'Asean pour la Birmanie, X": look past the place */
	if (r != NULL && (w = role_for_name(r)) != 1 && (w == 2 ||
	    (r->kind != EXTRACT_KIND_COUNTRY && r->kind != EXTRACT_KIND_LOCATION)))
		return w == 2 ? (int)(r - x->m) : -1;
	if (i == 0 || strcmp(text_tok_norm(&x->doc, i - 1), ",") != 0)
		return -1;
	/* "la porte-parole du ministère X des affaires étrangères, Jane Roe" */
	for (k = x->nm; k-- > 0;) {
		r = &x->m[k];
		if (r->sent != x->doc.toks[i].sent || r->tok + 15 < i)
			break;
		if ((w = role_for_name(r)) == 2)
			return (int)k;	/* "..., directrice à HRW, Jane Roe" */
		if (w == 1 && body < 0)
			body = (int)k;
	}
	return body;
}

/*
 * Capitalized words that name a place or a thing, not a person: after a
 * locative preposition ("dans", "in"; not the dative "à") or after a
 * common noun and "de"/"of" ("le récif de Second Thomas", "the port of
 * Port Sudan").
 */
static int
named_thing(const struct xctx *x, size_t i)
{
	const struct token *p;

	if (i == 0)
		return 0;
	if ((wclass(x, i - 1) & W_LOC) && !(wclass(x, i - 1) & W_DATIVE))
		return 1;
	if (i < 2 || !(wclass(x, i - 1) & W_OF))
		return 0;
	p = &x->doc.toks[i - 2];
	return p->type == TOK_WORD && !(p->flags & TOK_F_CAP) &&
	    x->tok_m[i - 2] == 0 && (wclass(x, i - 2) & W_FUNCTION) == 0;
}

/* 1 when tokens a and b have the same folded form (hash first: cheap). */
static int
tok_same(const struct xctx *x, size_t a, size_t b)
{
	return x->doc.toks[a].hash == x->doc.toks[b].hash &&
	    strcmp(text_tok_norm(&x->doc, a), text_tok_norm(&x->doc, b)) == 0;
}

/* An earlier, longer person name ending with the n words at i, or -1. */
static int
longer_name(const struct xctx *x, size_t i, size_t n)
{
	size_t k, stop = x->nm > LOOKBACK ? x->nm - LOOKBACK : 0, j;

	for (k = x->nm; k-- > stop;) {
		const struct xmention *m = &x->m[k];

		if (m->kind != EXTRACT_KIND_PERSON || m->ref >= 0 || m->ntok <= n)
			continue;
		for (j = 0; j < n && tok_same(x, i + j, m->tok + m->ntok - n + j);
		    j++)
			;
		if (j == n)
			return (int)k;
	}
	return -1;
}

/*
 * 1 when a time expression overlaps tokens [i, i+n) ("Earlier Tuesday");
 * the times are in text order, so a binary search finds the first one.
 */
static int
time_overlaps(const struct xctx *x, size_t i, size_t n)
{
	size_t lo = 0, hi = x->ntimes, mid;

	while (lo < hi) {	/* first time ending after i */
		mid = lo + (hi - lo) / 2;
		if (x->times[mid].tok + x->times[mid].ntok <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->ntimes && x->times[lo].tok < i + n;
}

/*
 * "Jane Roe, the deputy director of ...", "Jean Roe, porte-parole de
 * ...", "Ann Smith, a Kenyan activist": a name [i, i+n) opening its
 * sentence with a role apposed after it is a person, when none of its
 * words is a function word or a gazetteer name ("Selon Reuters, le
 * ministre").
 */
static int
role_apposed_after(const struct xctx *x, size_t i, size_t n)
{
	const struct gaz_entry *e;
	size_t j = i + n, k, m, end = x->doc.ntoks;

	if (time_overlaps(x, i, n))
		return 0;
	for (k = i; k < j; k++)
		if ((wclass(x, k) & W_FUNCTION) ||
		    gazetteer_match(x->d->gaz, &x->doc, k, &e) > 0)
			return 0;
	if (j + 1 >= end || strcmp(text_tok_norm(&x->doc, j), ",") != 0)
		return 0;
	if (j + 3 < end && x->doc.toks[j + 1].type == TOK_NUMBER &&
	    strcmp(text_tok_norm(&x->doc, j + 2), ",") == 0)
		j += 2;		/* "Ali Hassan, 34, a Syrian refugee" */
	if (wclass(x, ++j) & W_DET)
		j++;
	if (j >= end || (m = gazetteer_match(x->d->gaz, &x->doc, j, &e)) == 0)
		return 0;
	e = entry_pick(e);
	if ((e->type == GAZ_DEMONYM || e->type == GAZ_ORG ||
	    e->type == GAZ_COUNTRY) && j + m < end &&
	    gazetteer_match(x->d->gaz, &x->doc, j + m, &e) == 0)
		return 0;	/* "a Kenyan activist", "a UN spokesman" */
	return plain_role(e);
}

/* Person mention for the name [i, i+n). Returns 0, 1 when it is no person, -1 on ENOMEM. */
static int
person_after(struct xctx *x, size_t i, size_t n)
{
	int ri = apposed_role(x, i), k;
	uint64_t w = i > 0 ? wclass(x, i - 1) : 0;
	struct xmention *p, *r;

	if (ri < 0 && !(w & W_TITLE) && (((x->doc.toks[i].flags &
	    TOK_F_SENT_START) && !role_apposed_after(x, i, n)) ||
	    named_thing(x, i)))
		return 1;	/* declined */
	if (ri < 0 && (k = longer_name(x, i, n)) >= 0) {
		/* "Mme Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner" */
		if ((p = mention_new(x, i, n)) == NULL)
			return -1;
		*p = x->m[k];
		p->tok = (uint32_t)i;
		p->ntok = (uint32_t)n;
		p->sent = x->doc.toks[i].sent;
		p->span.start = x->doc.toks[i].start;
		p->span.end = x->doc.toks[i + n - 1].end;
		p->ref = k;
		return 0;
	}
	if ((p = mention_new(x, i, n)) == NULL)
		return -1;
	p->kind = EXTRACT_KIND_PERSON;
	p->actor = 1;
	p->name = NULL;
	if (ri < 0 && !(w & W_TITLE) && (w & W_DEFINITE))
		p->kind = EXTRACT_KIND_ORGANIZATION;	/* "the Independent
			 * Electoral Commission", "la Haute Autorité": a name
			 * with an article is no person */
	if (ri >= 0) {
		r = &x->m[ri];
		memcpy(p->country, r->country, sizeof(p->country));
		memcpy(p->role, r->role, sizeof(p->role));
		memcpy(p->cameo, r->cameo, sizeof(p->cameo));
		p->gflags = r->gflags;
		if (r->kind == EXTRACT_KIND_ORGANIZATION)
			p->role[0] = '\0';	/* speaks for the organization */
		if (r->kind == EXTRACT_KIND_GROUP) {
			r->ref = (int32_t)(x->nm - 1);
			r->role_only = 0;
		}
	}
	return 0;
}

/* A lone capitalized word equal to the last word of an earlier person. */
static int
surname_ref(struct xctx *x, size_t i)
{
	size_t k, stop = x->nm > LOOKBACK ? x->nm - LOOKBACK : 0;

	if (!name_word(x, i))
		return -1;
	for (k = x->nm; k-- > stop;) {
		const struct xmention *m = &x->m[k];
		size_t last = m->tok + m->ntok - 1;

		if (m->kind != EXTRACT_KIND_PERSON || m->ntok < 2 || m->ref >= 0)
			continue;
		if (tok_same(x, last, i) || tok_same(x, m->tok, i))
			return (int)k;	/* "Kallas", or "Kim" of "Kim Yong-hyun" */
	}
	return -1;
}

static void
mark_tokens(struct xctx *x, const struct xmention *m)
{
	for (uint32_t t = m->tok; t < m->tok + m->ntok; t++)
		x->tok_m[t] = (uint32_t)(m - x->m) + 1;
}

/*
 * "le ministère", "the army", "les policiers" with no country: the last
 * role with the same code whose words have the same head noun (so the same
 * number) and a country, or -1.
 */
static int
same_role_before(const struct xctx *x, const struct xmention *m)
{
	size_t self = (size_t)(m - x->m), k;
	size_t stop = self > LOOKBACK ? self - LOOKBACK : 0;

	for (k = self; k-- > stop;) {
		const struct xmention *o = &x->m[k];

		if (o->kind != EXTRACT_KIND_GROUP || o->role_only ||
		    o->country[0] == '\0' || strcmp(o->role, m->role) != 0)
			continue;
		for (uint32_t t = o->tok; t < o->tok + o->ntok; t++)
			if (tok_same(x, t, m->tok + m->ntok - 1))
				return o->ref >= 0 ? o->ref : (int)k;
	}
	return -1;
}

/* Resolve a country-less role to the person or actor it refers back to. */
static void
corefer_role(struct xctx *x, struct xmention *m)
{
	size_t self = (size_t)(m - x->m);
	const struct gaz_entry *e;
	int k;

	if (m->ref >= 0 || (wclass(x, m->tok) & W_COUNTERPART))
		return;		/* "son homologue" is someone else */
	if (m->role_only && !(m->gflags & HEAD_FLAGS)) {
		if ((k = same_role_before(x, m)) >= 0)
			m->ref = k;	/* "the ministry" = "Pakistan's foreign ministry" */
		return;
	}
	if (m->role_only) {
		k = find_antecedent(x, self, m->gflags & HEAD_FLAGS, NULL);
		if (k >= 0)
			m->ref = k;
		return;
	}
	if (m->kind == EXTRACT_KIND_GROUP && (m->gflags & HEAD_FLAGS) &&
	    (m->country[0] || !(m->gflags & GAZ_F_PLURAL))) {
		k = find_antecedent(x, self, m->gflags & HEAD_FLAGS, m->country);
		if (k >= 0 && x->m[k].kind == EXTRACT_KIND_PERSON)
			m->ref = k;
		else if ((e = gazetteer_head(x->d->gaz, m->country,
		    m->gflags & HEAD_FLAGS)) != NULL)
			m->person = e->name;	/* a candidate: heads_named() */
	}
}

/* "son homologue": the head flags of the last head actor (else head of state). */
static void
counterpart_flags(struct xctx *x, struct xmention *m)
{
	int k = find_antecedent(x, (size_t)(m - x->m), HEAD_FLAGS, NULL);

	if (m->gflags & HEAD_FLAGS)
		return;
	m->gflags |= k >= 0 ? (x->m[k].gflags & HEAD_FLAGS) : 0;
	if (!(m->gflags & HEAD_FLAGS))
		m->gflags |= GAZ_F_HEAD_STATE;
}

/* "son homologue angolais": the counterpart role of the last head actor. */
static int
counterpart(struct xctx *x, size_t i)
{
	struct xmention *m;
	int k = find_antecedent(x, x->nm, HEAD_FLAGS, NULL);

	if ((m = mention_new(x, i, 1)) == NULL)
		return -1;
	m->kind = EXTRACT_KIND_GROUP;
	m->actor = 1;
	m->role_only = 1;
	memcpy(m->role, "GOV", 4);
	m->gflags = k >= 0 ? (x->m[k].gflags & HEAD_FLAGS) : GAZ_F_HEAD_STATE;
	if (m->gflags == 0)
		m->gflags = GAZ_F_HEAD_STATE;
	return 0;
}

/* 1 when the mention at token i..i+n is definite: "l'organisation", "du Fonds". */
static int
definite_at(const struct xctx *x, size_t i, size_t n)
{
	const char *w;

	if (n >= 2 && (wclass(x, i) & W_DET)) {
		w = text_tok_norm(&x->doc, i);
		return strcmp(w, "un") != 0 && strcmp(w, "une") != 0 &&
		    strcmp(w, "a") != 0 && strcmp(w, "an") != 0;
	}
	return i > 0 && (wclass(x, i - 1) & (W_OF | W_LOC)) &&
	    !(wclass(x, i - 1) & W_DET);
}

/* 1 when org mention o has a word equal to token w ("Fonds" in "le Fonds monétaire international"). */
static int
org_has_word(const struct xctx *x, const struct xmention *o, size_t w)
{
	for (uint32_t t = o->tok; t < o->tok + o->ntok; t++)
		if (tok_same(x, t, w))
			return 1;
	return 0;
}

/*
 * "l'organisation de nouvelles élections", "the organisation of a vote":
 * a lower-case head noun followed by "de"/"of" and, within three words,
 * something one organizes (words.tsv class organized) is that act, not an
 * organization ("l'organisation de défense des droits humains" is one).
 */
static int
action_noun(const struct xctx *x, const struct xmention *m)
{
	size_t e = m->tok + m->ntok;

	if (e + 1 >= x->doc.ntoks || (x->doc.toks[e - 1].flags & TOK_F_CAP) ||
	    !(wclass(x, e) & W_OF))
		return 0;
	for (size_t i = e + 1; i < x->doc.ntoks && i <= e + 3; i++)
		if (wclass(x, i) & W_ORGANIZED)
			return 1;
	return 0;
}

/*
 * "l'organisation", "l'ONG", "le Fonds", "the agency": a definite head noun
 * refers back to the last organization (whose name has that word when the
 * noun is capitalized). Turns m into a reference to it, or returns -1 when
 * there is none.
 */
static int
org_anaphor(struct xctx *x, struct xmention *m)
{
	size_t self = (size_t)(m - x->m), k;
	size_t stop = self > LOOKBACK ? self - LOOKBACK : 0;
	size_t head = m->tok + m->ntok - 1;
	int cap = (m->gflags & GAZ_F_AMBIGUOUS) != 0;

	if (!definite_at(x, m->tok, m->ntok) || action_noun(x, m))
		return -1;
	for (k = self; k-- > stop;) {
		const struct xmention *o = &x->m[k];

		if (o->kind != EXTRACT_KIND_ORGANIZATION || o->ref >= 0)
			continue;
		if (cap && !org_has_word(x, o, head))
			continue;
		memcpy(m->country, o->country, sizeof(m->country));
		memcpy(m->role, o->role, sizeof(m->role));
		memcpy(m->cameo, o->cameo, sizeof(m->cameo));
		m->kind = EXTRACT_KIND_ORGANIZATION;
		m->name = o->name;
		m->role_only = 0;
		m->actor = 1;
		m->ref = (int32_t)k;
		return 0;
	}
	return -1;
}

/*
 * "the Baltic country", "le pays", "le royaume": a definite description
 * (not its possessive) refers back to the subject of its sentence or of
 * the closest sentence
 * before: the first state named there as an actor (not a place after a
 * preposition, not a bare demonym), so "La Lituanie a expulsé un
 * diplomate russe. Le pays balte" is Lithuania. Turns m into a reference
 * to it, or returns -1 when there is none.
 */
static int
state_anaphor(struct xctx *x, struct xmention *m)
{
	size_t self = (size_t)(m - x->m), k, first = self;
	size_t stop = self > LOOKBACK ? self - LOOKBACK : 0;

	if (!definite_at(x, m->tok, m->ntok) || (m->tok + m->ntok <
	    x->doc.ntoks && strcmp(text_tok_norm(&x->doc, m->tok + m->ntok),
	    "'s") == 0))
		return -1;	/* "the country's history": no actor */
	for (k = self; k-- > stop;) {
		const struct xmention *o = &x->m[k];

		if (first != self && o->sent != x->m[first].sent)
			break;		/* that sentence's first one is found */
		if (!o->actor || o->locative || o->adj || o->role_only ||
		    strlen(o->country) != 3)
			continue;	/* the dateline is locative */
		first = k;
	}
	if (first != self) {
		const struct xmention *o = &x->m[k = first];

		memcpy(m->country, o->country, sizeof(m->country));
		memcpy(m->role, o->role, sizeof(m->role));
		memcpy(m->cameo, o->cameo, sizeof(m->cameo));
		m->kind = o->kind;
		m->name = o->name;
		m->role_only = 0;
		m->actor = 1;
		m->ref = o->ref >= 0 ? o->ref : (int32_t)k;
		return 0;
	}
	return -1;
}

/* Grammar after gazetteer mention (entry e, last in x->m) at token i; returns tokens taken beyond it. */
static size_t
scan_attach(struct xctx *x, size_t i, const struct gaz_entry *e)
{
	size_t extra = 0;

	if (e->type == GAZ_DEMONYM || e->type == GAZ_COUNTRY ||
	    e->type == GAZ_ORG || e->type == GAZ_CITY || e->type == GAZ_SEAT) {
		extra = attach(x);
		attach_body(x);
	}
	if (e->type == GAZ_ROLE && (wclass(x, i) & W_COUNTERPART))
		counterpart_flags(x, &x->m[x->nm - 1]);
	if (e->type == GAZ_ROLE)
		attach_demonym_role(x);
	if (e->type == GAZ_DEMONYM || e->type == GAZ_ROLE ||
	    e->type == GAZ_COUNTRY)
		attach_group_of(x);
	if (e->type == GAZ_DEMONYM || e->type == GAZ_ROLE ||
	    e->type == GAZ_COUNTRY || e->type == GAZ_ORG || e->type == GAZ_SEAT)
		apposition_back(x);
	if (e->type == GAZ_PERSON && x->nm >= 2) {
		struct xmention *r = &x->m[x->nm - 2];
		size_t end = r->tok + r->ntok;

		if (r->kind == EXTRACT_KIND_GROUP && (end == i || (end + 1 == i &&
		    strcmp(text_tok_norm(&x->doc, i - 1), ",") == 0)))
			r->ref = (int32_t)(x->nm - 1);
	}
	return extra;
}

/* 1 when entry e is for the article's language (or for both). */
static int
lang_ok(const struct xctx *x, const struct gaz_entry *e)
{
	unsigned own = x->lang[0] == 'f' ? GAZ_F_LANG_FR : x->lang[0] == 'e' ?
	    GAZ_F_LANG_EN : GAZ_F_LANG_FR | GAZ_F_LANG_EN;

	return !(e->flags & (GAZ_F_LANG_FR | GAZ_F_LANG_EN)) ||
	    (e->flags & own);
}

/*
 * 1 when every reading of the gazetteer phrase (entries e) belongs to the
 * other language ("militants" is armed in English, activists in French).
 * An article in neither language reads them all.
 */
static int
other_language(const struct xctx *x, const struct gaz_entry *e)
{
	for (; e; e = e->next)
		if (lang_ok(x, e))
			return 0;
	return 1;
}

/*
 * 1 when the lower-case token i reads as an adjective of a French
 * institution's name ("national", "électorale", "indépendante", "chargé"),
 * not a verb: an -al(e)(s), -aux, -el(le)(s), -ique(s), -aire(s), -if,
 * -ive(s), -ante(s), -ain(e)(s), -eur(e), -é(e)(s) ending and no trigger
 * of the patterns.
 */
static int
name_adjective(const struct xctx *x, size_t i)
{
	static const char *const end[] = { "al", "ale", "ales", "aux", "el",
	    "elle", "elles", "ique", "iques", "aire", "aires", "if", "ive",
	    "ives", "ante", "antes", "ain", "aine", "ains", "aines", "eur",
	    "eure", "ee", "ees" };
	const struct token *t = &x->doc.toks[i];
	const char *w = text_tok_norm(&x->doc, i);
	size_t len = strlen(w), k, e;

	if (t->type != TOK_WORD || (t->flags & TOK_F_CAP) || len < 4 ||
	    (wclass(x, i) & W_FUNCTION) || x->tok_info[i].hits != NULL)
		return 0;
	if (t->end - t->start > 2 && strncmp(x->doc.text + t->end - 2, "\xc3\xa9",
	    2) == 0)
		return 1;	/* "-é" */
	for (k = 0; k < sizeof(end) / sizeof(end[0]); k++) {
		e = strlen(end[k]);
		if (len > e + 2 && strcmp(w + len - e, end[k]) == 0)
			return 1;
	}
	return 0;
}

/*
 * 1 when token i follows a definite article, contracted ones included:
 * "le Conseil", "du Conseil", "aux Forces".
 */
static int
definite_before(const struct xctx *x, size_t i)
{
	static const char *const contracted[] = { "du", "des", "au", "aux" };
	const char *w = text_tok_norm(&x->doc, i - 1);

	if (wclass(x, i - 1) & W_DEFINITE)
		return 1;
	for (size_t k = 0; k < sizeof(contracted) / sizeof(contracted[0]); k++)
		if (strcmp(w, contracted[k]) == 0)
			return 1;
	return 0;
}

/*
 * Length of a French institution named by a capitalized common noun after
 * a definite article and its lower-case qualifiers, all unknown to the
 * gazetteer but a demonym ("le Conseil national de sécurité", "la
 * Commission kényane des droits de l'homme"): adjectives, demonyms and
 * "de" + lower-case nouns, at most ten tokens; 0 if none. *country gets
 * a demonym's country.
 */
static size_t
org_name_len(struct xctx *x, size_t i, size_t send, char *country)
{
	const struct token *t = x->doc.toks;
	const struct gaz_entry *e;
	size_t j = i + 1, m, last = 0;

	if (!(t[i].flags & TOK_F_CAP) || (t[i].flags & (TOK_F_SENT_START |
	    TOK_F_UPPER)) || t[i].type != TOK_WORD || i == 0 ||
	    x->lang[0] != 'f' || !(definite_before(x, i)))
		return 0;	/* cheapest tests first: most tokens fail */
	while (j < send && j < i + 10) {
		if ((m = gazetteer_match(x->d->gaz, &x->doc, j, &e)) > 0 &&
		    entry_pick(e)->type == GAZ_DEMONYM) {
			memcpy(country, entry_pick(e)->country, 4);
			j += m;
		} else if (m == 0 && name_adjective(x, j))
			j++;
		else if ((wclass(x, j) & W_OF) && j + 1 < send) {
			size_t k = j + 1;

			if ((wclass(x, k) & W_DEFINITE) && k + 1 < send)
				k++;
			if (t[k].type != TOK_WORD || (t[k].flags & TOK_F_CAP) ||
			    (wclass(x, k) & W_FUNCTION) ||
			    x->tok_info[k].hits != NULL ||
			    gazetteer_match(x->d->gaz, &x->doc, k, &e) > 0)
				break;
			j = k + 1;
		} else
			break;
		last = j;
	}
	return last ? last - i : 0;
}

/*
 * Mention for the institution [i, i+n) org_name_len() found: an entity
 * only, since what kind of body it is (state, court, rights group) is not
 * known. -1 on ENOMEM.
 */
static int
org_mention(struct xctx *x, size_t i, size_t n, const char *country)
{
	struct xmention *m = mention_new(x, i, n);

	if (m == NULL)
		return -1;
	m->kind = EXTRACT_KIND_ORGANIZATION;
	memcpy(m->country, country, sizeof(m->country));
	memcpy(m->cameo, country, sizeof(m->country));
	m->actor = 0;	/* its kind of body is unknown: an entity, no party */
	return 0;
}

/*
 * 1 when an organization's name starts at token i: "l'organisation
 * Amnesty International", "the agency Frontex" name it there, they do not
 * refer back.
 */
static int
named_org_after(const struct xctx *x, size_t i)
{
	const struct gaz_entry *e;

	if (i >= x->doc.ntoks || gazetteer_match(x->d->gaz, &x->doc, i, &e) == 0)
		return 0;
	for (; e; e = e->next)
		if (e->type == GAZ_ORG)
			return 1;
	return 0;
}

/*
 * Token i follows a French auxiliary ("a envoyé", "ont été envoyés"): a
 * past participle, not the role noun it spells ("l'envoyé spécial").
 */
static int
participle_at(const struct xctx *x, size_t i)
{
	return x->lang[0] == 'f' && i > 0 && !(x->doc.toks[i].flags &
	    TOK_F_CAP) && (wclass(x, i - 1) & (W_HAVEAUX | W_PASSAUX));
}

/*
 * A gazetteer phrase of n tokens at i (entries e): its mention and what it
 * attaches to. Sets *adv; returns 1 when the caller should resolve and
 * mark the last mention, 0 when done, -1 on ENOMEM.
 */
static int
scan_gaz(struct xctx *x, size_t i, size_t n, const struct gaz_entry *e,
    size_t *adv)
{
	const struct gaz_entry *all = e, *f;

	e = entry_pick(e);
	for (f = all; !lang_ok(x, e) && f; f = f->next)
		e = f;		/* the first reading of the article's language */
	if (e->type == GAZ_ROLE && n == 1 && participle_at(x, i)) {
		*adv = 1;	/* "a envoyé des soldats": the verb */
		return 0;
	}
	if (mention_gaz(x, i, n, e, all) == NULL)
		return -1;
	*adv = n;
	if (e->type == GAZ_ROLE && (e->flags & GAZ_F_STATEREF)) {
		if (state_anaphor(x, &x->m[x->nm - 1]) == -1)
			x->nm--;	/* "un pays", no state before: nobody */
		else
			mark_tokens(x, &x->m[x->nm - 1]);
		return 0;
	}
	if (e->type == GAZ_ROLE && (e->flags & GAZ_F_ANAPHOR)) {
		const struct sentence *st = &x->doc.sents[x->doc.toks[i].sent];
		char cc[4] = "";
		size_t on = org_name_len(x, i + n - 1, st->tok + st->ntok, cc);

		if (on > 1) {	/* "la Commission électorale nationale" */
			x->nm--;
			if (org_mention(x, i + n - 1, on, cc) == -1)
				return -1;
			*adv = n - 1 + on;
			mark_tokens(x, &x->m[x->nm - 1]);
			return 0;
		}
		if (named_org_after(x, i + n) ||
		    org_anaphor(x, &x->m[x->nm - 1]) == -1) {
			x->nm--;	/* "une organisation": nobody */
			return 0;
		}
		*adv = n + attach(x);	/* "la cheffe de mission du Fonds" */
		mark_tokens(x, &x->m[x->nm - 1]);
		return 0;
	}
	*adv = n + scan_attach(x, i, e);
	return 1;
}

/* "Kallas" after "Kaja Kallas": a one-token mention referring to mention k. */
static int
surname_mention(struct xctx *x, size_t i, int k)
{
	struct xmention *m = mention_new(x, i, 1);

	if (m == NULL)
		return -1;
	*m = x->m[k];
	m->tok = (uint32_t)i;
	m->ntok = 1;
	m->sent = x->doc.toks[i].sent;
	m->span.start = x->doc.toks[i].start;
	m->span.end = x->doc.toks[i].end;
	m->ref = k;
	return 0;
}

/* 1 when token i is a hyphen glued to the words on both sides. */
static int
glued_hyphen(const struct xctx *x, size_t i)
{
	return i + 1 < x->doc.ntoks && strcmp(text_tok_norm(&x->doc, i),
	    "-") == 0 && (x->doc.toks[i].flags & TOK_F_GLUED) &&
	    (x->doc.toks[i + 1].flags & TOK_F_GLUED);
}

/*
 * Length of an unknown place name at token i: capitalized words joined by
 * hyphens or particles ("Garoua-Boulaï", "Ras El-Hekma", "al-Fashaga",
 * "Mocímboa da Praia"), none of them a gazetteer name; 0 if none.
 */
static size_t
place_len(const struct xctx *x, size_t i, size_t send)
{
	const struct gaz_entry *e;
	size_t j = i, caps = 0;

	if (j + 2 < send && (wclass(x, j) & W_PARTICLE) && glued_hyphen(x,
	    j + 1))
		j += 2;		/* "al-Fashaga" */
	while (j < send) {
		if (name_word(x, j) &&
		    gazetteer_match(x->d->gaz, &x->doc, j, &e) == 0) {
			caps++;
			j++;
		} else if (caps > 0 && j + 1 < send &&
		    (wclass(x, j) & W_PARTICLE) && name_word(x, j + 1)) {
			j++;
		} else if (caps > 0 && j + 1 < send && glued_hyphen(x, j) &&
		    x->doc.toks[j + 1].type == TOK_WORD) {
			j += 2;
		} else
			break;
	}
	return caps > 0 && j > i && name_word(x, j - 1) ? j - i : 0;
}

/* 1 when "près de" / "near" / "outside" comes right before token i. */
static int
near_before(const struct xctx *x, size_t i)
{
	const char *a = text_tok_norm(&x->doc, i - 1);
	const char *b = text_tok_norm(&x->doc, i - 2);

	return strcmp(a, "near") == 0 || strcmp(a, "outside") == 0 ||
	    ((strcmp(a, "de") == 0 || strcmp(a, "d'") == 0) &&
	    strcmp(b, "pres") == 0);
}

/*
 * "la ville de Bocaranga", "the town of Imatra", "la prison d'Evin": a
 * place noun of the gazetteer (flag placenoun), "de"/"of" and an unknown
 * capitalized name make that name a place (LOCATION, no country known).
 * The noun itself makes no mention and takes no token from a longer
 * phrase after its first word ("the state media"). *adv = tokens used.
 */
static int
place_after(struct xctx *x, size_t i, size_t n, size_t send, size_t *adv)
{
	struct xmention *m;
	size_t k = i + n, len;

	*adv = 1;
	if (k + 1 >= send || !(wclass(x, k) & W_OF) ||
	    (len = place_len(x, k + 1, send)) == 0)
		return 0;
	if ((m = mention_new(x, k + 1, len)) == NULL)
		return -1;
	m->kind = EXTRACT_KIND_LOCATION;
	m->place = 1;
	m->locative = 1;
	mark_tokens(x, m);
	*adv = n + 1 + len;
	return 0;
}

/*
 * Length of an unknown place name right after "près de", "near" or
 * "outside" ("des combats près de Kabalo", "near Bria"): place_len()
 * words, not a time; 0 if none. Other prepositions also take months,
 * languages and websites ("in April", "in Arabic", "sur Telegram").
 */
static size_t
town_near(const struct xctx *x, size_t i, size_t send)
{
	size_t n;

	if (i < 2 || (x->doc.toks[i].flags & TOK_F_SENT_START) ||
	    !near_before(x, i))
		return 0;
	if ((n = place_len(x, i, send)) == 0 || time_overlaps(x, i, n))
		return 0;
	return n;
}

/* A LOCATION mention, no country known, for the place [i, i+n); -1 on ENOMEM. */
static int
town_mention(struct xctx *x, size_t i, size_t n)
{
	struct xmention *m = mention_new(x, i, n);

	if (m == NULL)
		return -1;
	m->kind = EXTRACT_KIND_LOCATION;
	m->place = 1;
	m->locative = 1;
	return 0;
}

/* Mentions starting at token i of a sentence ending at send; *adv = tokens used. */
static int
scan_token(struct xctx *x, size_t i, size_t send, size_t *adv)
{
	const struct gaz_entry *e;
	size_t n;
	int k, changed = 1;
	char cc[4] = "";

	*adv = 1;
	if ((n = gazetteer_match(x->d->gaz, &x->doc, i, &e)) > 0 &&
	    e->type == GAZ_REGION && (entry_pick(e)->flags & GAZ_F_PLACENOUN))
		return place_after(x, i, n, send, adv);
	if (n > 0 && !other_language(x, e)) {
		if ((changed = scan_gaz(x, i, n, e, adv)) == -1)
			return -1;
	} else if (wclass(x, i) & W_COUNTERPART) {
		if (counterpart(x, i) == -1)
			return -1;
	} else if ((n = name_len(x, i, send)) > 0) {
		if ((k = person_after(x, i, n)) == -1)
			return -1;
		if (k == 1)
			return 0;	/* "Deputy Defence Minister X": go on at "Defence" */
		*adv = n;
	} else if ((k = surname_ref(x, i)) >= 0) {
		if (surname_mention(x, i, k) == -1)
			return -1;
	} else if ((x->doc.toks[i].flags & TOK_F_CAP) &&
	    (n = org_name_len(x, i, send, cc)) > 0) {
		if (org_mention(x, i, n, cc) == -1)
			return -1;
		*adv = n;
	} else if ((x->doc.toks[i].flags & TOK_F_CAP) &&
	    (n = town_near(x, i, send)) > 0) {
		if (town_mention(x, i, n) == -1)
			return -1;
		*adv = n;
	} else
		changed = 0;
	if (changed && x->nm > 0) {
		corefer_role(x, &x->m[x->nm - 1]);
		mark_tokens(x, &x->m[x->nm - 1]);
	}
	return 0;
}

/*
 * Set of the known persons (gazetteer name pointers) named so far, with
 * the mention of each; when full (more distinct persons than any article
 * names) the rest are not recorded, so their roles stay unnamed.
 */
#define NAMED_SLOTS 1024

struct named {
	struct { const char *name; int32_t k; } v[NAMED_SLOTS];
	size_t n;
};

static size_t
named_slot(const struct named *s, const char *name)
{
	size_t i = ((uintptr_t)name >> 4) & (NAMED_SLOTS - 1);

	while (s->v[i].name != NULL && s->v[i].name != name)
		i = (i + 1) & (NAMED_SLOTS - 1);
	return i;
}

/*
 * A head role with a country and no antecedent within LOOKBACK ("le chef de
 * la diplomatie russe") refers to the country's office holder of the
 * people list only when the article names that person before it (in any
 * spelling of the entry): it then refers to that person's mention. Else it
 * names nobody: the list is dated ("as of mid-2025") and an older or
 * replayed article must not show a name its text does not contain.
 */
static void
heads_named(struct xctx *x)
{
	struct named *s;
	size_t k, i;

	for (k = 0; k < x->nm && x->m[k].person == NULL; k++)
		;
	if (k == x->nm)
		return;		/* no candidate */
	if ((s = calloc(1, sizeof(*s))) == NULL) {
		for (k = 0; k < x->nm; k++)
			x->m[k].person = NULL;	/* no memory: name nobody */
		return;
	}
	for (k = 0; k < x->nm; k++) {
		struct xmention *m = &x->m[k];

		if (m->person != NULL) {
			i = named_slot(s, m->person);
			if (s->v[i].name != NULL && m->ref < 0)
				m->ref = s->v[i].k;
			m->person = NULL;
		}
		if (m->kind != EXTRACT_KIND_PERSON || m->name == NULL)
			continue;
		i = named_slot(s, m->name);
		if (s->v[i].name == NULL && s->n + 1 >= NAMED_SLOTS / 2)
			continue;
		s->n += s->v[i].name == NULL;
		s->v[i].name = m->name;
		s->v[i].k = m->ref >= 0 ? m->ref : (int32_t)k;
	}
	free(s);
}

/* "BRUXELLES, 14 octobre (newsev) -": m opens the text, upper case, then a comma. */
static int
is_dateline(const struct xctx *x, const struct xmention *m)
{
	return m == &x->m[0] && m->tok == 0 &&
	    (x->doc.toks[0].flags & TOK_F_UPPER) && m->ntok < x->doc.ntoks &&
	    strcmp(text_tok_norm(&x->doc, m->ntok), ",") == 0;
}

/*
 * A place in parentheses right after an upper-case dateline city
 * ("NATIONS UNIES (États-Unis), 2 décembre") is part of the dateline.
 */
static void
dateline_paren(struct xctx *x)
{
	for (size_t k = 0; k < x->nm && k < 3; k++) {
		struct xmention *m = &x->m[k];
		size_t e = m->tok + m->ntok;

		if (m->sent != 0 || !m->place || m->tok < 2 || m->tok > 5 ||
		    e >= x->doc.ntoks || !(x->doc.toks[0].flags &
		    TOK_F_UPPER) || strcmp(text_tok_norm(&x->doc, m->tok - 1),
		    "(") != 0 || strcmp(text_tok_norm(&x->doc, e), ")") != 0)
			continue;
		m->actor = 0;
		m->locative = 1;
	}
}

/* The opening dateline place is no actor. */
static void
dateline(struct xctx *x)
{
	struct xmention *m;

	dateline_paren(x);
	if (x->nm == 0 || !x->m[0].place || !is_dateline(x, &x->m[0]))
		return;
	m = &x->m[0];
	m->actor = 0;
	m->locative = 1;
}

/*
 * A name inside a time expression is part of the date ("27 février" is no
 * "les 27", "le 1er mai" no party): no actor and no place.
 */
static void
inside_times(struct xctx *x)
{
	for (size_t h = 0; h < x->ntimes; h++) {
		const struct timex_hit *t = &x->times[h];

		for (size_t i = t->tok; i < t->tok + t->ntok &&
		    i < x->doc.ntoks; i++) {
			int k = actors_at(x, (uint32_t)i);
			struct xmention *m;

			if (k < 0)
				continue;
			m = &x->m[k];
			if (m->tok < t->tok || m->tok + m->ntok > t->tok +
			    t->ntok)
				continue;	/* a name the date only touches */
			m->actor = 0;
			m->place = 0;
		}
	}
}

/* Code counts of a document: how often each country (or IGO code) is named. */
struct codecount {
	struct { const char *c; size_t n; } v[64];
	size_t nv;
};

static const char *
mention_code(const struct xmention *m)
{
	return m->country[0] ? m->country : m->cameo;
}

static void
codecount_add(struct codecount *cc, const char *c)
{
	size_t j;

	if (c[0] == '\0')
		return;
	for (j = 0; j < cc->nv && (cc->v[j].c[0] != c[0] ||	/* cheap first */
	    cc->v[j].c[1] != c[1] || strcmp(cc->v[j].c, c) != 0); j++)
		;
	if (j == cc->nv) {
		if (cc->nv == 64)
			return;
		cc->v[cc->nv].c = c;
		cc->v[cc->nv++].n = 0;
	}
	cc->v[j].n++;
}

static size_t
codecount_get(const struct codecount *cc, const char *c)
{
	for (size_t j = 0; j < cc->nv; j++)
		if (cc->v[j].c[0] == c[0] && strcmp(cc->v[j].c, c) == 0)
			return cc->v[j].n;
	return 0;
}

/*
 * Score of reading e for an ambiguous mention: the article's other
 * mentions of it; after a locative preposition a place; after French "à"
 * (not "au") a city ("à Luxembourg" is the city, "au Luxembourg" the
 * country).
 */
static size_t
reading_score(const struct codecount *cc, const struct gaz_entry *e, int loc,
    int a_city)
{
	size_t sc = codecount_get(cc, e->country[0] ? e->country : e->cameo);
	int place = e->type == GAZ_CITY || e->type == GAZ_COUNTRY;

	if (e->type == GAZ_ROLE || e->type == GAZ_PERSON || e->type == GAZ_REGION)
		return 0;
	if (a_city && e->type == GAZ_CITY)
		sc += 1u << 21;
	return loc && place ? sc + (1u << 20) : sc;	/* "à Bruxelles": the city */
}

/*
 * Resolve ambiguous names ("congolais": DRC or Congo; "Bruxelles": the EU
 * or the Belgian capital) to the reading whose code the rest of the article
 * names most; a ties keeps the gazetteer's first reading; after a locative
 * preposition or in the dateline a place reading wins.
 */
static void
disambiguate(struct xctx *x)
{
	struct codecount cc = { .nv = 0 };
	const struct gaz_entry *e, *f, *best;
	size_t k, bs, fs;

	for (k = 0; k < x->nm; k++)
		if (x->m[k].amb_tok == 0)
			codecount_add(&cc, mention_code(&x->m[k]));
	for (k = 0; k < x->nm; k++) {
		struct xmention *m = &x->m[k];
		int loc = m->locative || is_dateline(x, m);
		int a_city = x->lang[0] == 'f' && m->tok > 0 &&
		    strcmp(text_tok_norm(&x->doc, m->tok - 1), "a") == 0;

		if (m->amb_tok == 0 || gazetteer_match(x->d->gaz, &x->doc,
		    m->amb_tok - 1, &e) == 0)
			continue;
		best = entry_pick(e);
		bs = reading_score(&cc, best, loc, a_city);
		for (f = e; f; f = f->next)
			if ((fs = reading_score(&cc, f, loc, a_city)) > bs) {
				best = f;
				bs = fs;
			}
		if (m->tok == m->amb_tok - 1 && m->kind != EXTRACT_KIND_GROUP) {
			mention_set(x, m, best, m->locative);
			continue;
		}
		if (best->country[0] && m->kind != EXTRACT_KIND_PERSON) {
			memcpy(m->country, best->country, sizeof(m->country));
			set_cameo(m);	/* "l'armée congolaise" */
		} else if (m->kind == EXTRACT_KIND_GROUP && m->country[0] ==
		    '\0' && best->country[0] == '\0' && best->cameo[0]) {
			memcpy(m->cameo, best->cameo, sizeof(m->cameo));
			m->name = best->name;	/* "les dirigeants africains" */
		}
	}
}

/*
 * Country of the story: the country the text names most often (places and
 * actors alike); the dateline place ("TBILISSI, 1er décembre -") counts
 * for two, so it wins ties but not a story told from abroad ("BANGKOK" on
 * the Burmese junta).
 */
static const char *
story_country(const struct xctx *x)
{
	struct codecount cc = { .nv = 0 };
	size_t k, best = 0, n;
	const char *top = NULL;

	for (k = 0; k < x->nm && k < 1024; k++) {
		const struct xmention *m = &x->m[k];

		if (m->country[0] == '\0')
			continue;
		codecount_add(&cc, m->country);
		if (k == 0 && m->place && m->locative && m->tok == 0)
			codecount_add(&cc, m->country);		/* the dateline */
	}
	for (k = 0; k < cc.nv; k++)
		if ((n = cc.v[k].n) > best || (n == best && top != NULL &&
		    x->nm > 0 && strcmp(cc.v[k].c, x->m[0].country) == 0)) {
			best = n;
			top = cc.v[k].c;
		}
	return top;
}

/*
 * Mention m opens an attribution after a comma, a determiner between
 * ("India accused Pakistan of ..., the foreign ministry said").
 */
static int
after_comma(const struct xctx *x, const struct xmention *m)
{
	size_t i = m->tok;

	while (i > 0 && (wclass(x, i - 1) & W_DET))
		i--;
	return i > 0 && x->doc.toks[i - 1].type != TOK_WORD &&
	    strcmp(text_tok_norm(&x->doc, i - 1), ",") == 0;
}

/*
 * Country of the national actor nearest before mention k in its sentence,
 * else of the first one of the sentence before, its subject ("Beijing
 * rejected Tokyo's claims. The foreign ministry spokesman said"), or NULL.
 * An attribution after a comma speaks for its sentence's first actor, the
 * subject, not for the object named last ("India accused Pakistan of
 * backing militants, the foreign ministry said").
 */
static const char *
local_country(const struct xctx *x, size_t k)
{
	uint32_t sent = x->m[k].sent;
	const char *first = NULL, *same = NULL;
	int final = after_comma(x, &x->m[k]);

	while (k-- > 0 && x->m[k].sent + 1 >= sent) {
		const struct xmention *o = &x->m[k];

		if (!o->country[0] || !o->actor || o->locative || o->adj ||
		    o->role_only || o->kind == EXTRACT_KIND_ORGANIZATION)
			continue;
		if (o->sent == sent && !final)
			return o->country;
		if (o->sent == sent)
			same = o->country;	/* the earliest of its sentence */
		else
			first = o->country;	/* of the sentence before */
	}
	return same != NULL ? same : first;
}

/*
 * A ministry named without its country ("the foreign ministry") is the
 * government acting just before; so is the spokesperson right after it.
 */
static void
body_local_country(struct xctx *x)
{
	for (size_t k = 0; k < x->nm; k++) {
		struct xmention *m = &x->m[k], *n;
		const char *c;

		if (!m->role_only || m->ref >= 0 || !(m->gflags & GAZ_F_BODY) ||
		    (c = local_country(x, k)) == NULL)
			continue;
		memcpy(m->country, c, sizeof(m->country));
		set_cameo(m);
		m->role_only = 0;
		if (k + 1 < x->nm && (n = &x->m[k + 1])->tok == m->tok +
		    m->ntok && n->kind == EXTRACT_KIND_GROUP &&
		    n->country[0] == '\0') {
			memcpy(n->country, c, sizeof(n->country));
			set_cameo(n);
			n->role_only = 0;	/* "foreign ministry spokesman" */
			if (n->ref >= 0 && x->m[n->ref].country[0] == '\0') {
				memcpy(x->m[n->ref].country, c, 4);
				set_cameo(&x->m[n->ref]);
			}
		}
	}
}

/*
 * Civilians, students, workers or farmers named with no country ("Dozens
 * of protesters threw stones at the Mexican embassy in Lima"): the
 * country of the first place of their sentence after a locative
 * preposition, where they act. NULL if none.
 */
static const char *
crowd_place(const struct xctx *x, const struct xmention *m)
{
	static const char crowd[][4] = { "CVL", "EDU", "LAB", "AGR" };
	size_t i, k;

	for (i = 0; i < sizeof(crowd) / sizeof(crowd[0]); i++)
		if (strcmp(m->role, crowd[i]) == 0)
			break;
	if (i == sizeof(crowd) / sizeof(crowd[0]))
		return NULL;
	for (k = (size_t)(m - x->m) + 1; k < x->nm && x->m[k].sent == m->sent;
	    k++)
		if (x->m[k].place && x->m[k].locative && x->m[k].country[0] &&
		    x->m[k].kind != EXTRACT_KIND_COUNTRY)
			return x->m[k].country;		/* a city, a region */
	return NULL;
}

/*
 * Prosecutors, judges and courts named with no country ("Prosecutors
 * accused Russian military intelligence of paying the men", after
 * "Estonian police arrested two Russian citizens") are those of the state
 * acting just before, as a bare ministry is; the police stay the story's
 * (a foreign state often speaks in the sentence before them). NULL if
 * none.
 */
static const char *
justice_country(const struct xctx *x, size_t k)
{
	if (strcmp(x->m[k].role, "JUD") != 0)
		return NULL;
	return local_country(x, k);
}

/*
 * "Le Nigeria, dont l'armée a bombardé ...", "douze responsables
 * géorgiens, dont le chef de la police": a role right after "dont" and a
 * determiner is the antecedent's, the actor before ", dont". Its country,
 * or NULL.
 */
static const char *
whose_country(const struct xctx *x, const struct xmention *m)
{
	size_t i = m->tok;
	int k;

	if (i >= 1 && (wclass(x, i - 1) & W_DET))
		i--;
	if (i < 3 || !(wclass(x, i - 1) & W_INCL) ||
	    strcmp(text_tok_norm(&x->doc, i - 2), ",") != 0 ||
	    (k = actors_at(x, (uint32_t)(i - 3))) < 0 ||
	    x->m[k].tok + x->m[k].ntok != i - 2)
		return NULL;
	return x->m[k].country[0] ? x->m[k].country : NULL;
}

/* Mention o is an IGO actor ("the United Nations", "Antonio Guterres"). */
static int
igo_actor(const struct xmention *o)
{
	return !o->country[0] && o->actor && strncmp(o->cameo, "IGO", 3) == 0;
}

/* The first IGO actor named after mention k, or NULL. */
static const struct xmention *
first_igo(const struct xctx *x, size_t k)
{
	for (size_t j = k + 1; j < x->nm; j++)
		if (igo_actor(&x->m[j]))
			return &x->m[j];
	return NULL;
}

/*
 * Mention k, a head of an IGO with no owner named ("Secretary-General Jane
 * Roe urged", "the secretary-general also called"), takes the code of igo,
 * the IGO named last before it or else first after it.
 */
static int
igo_head_default(struct xctx *x, size_t k, const struct xmention *igo)
{
	struct xmention *m = &x->m[k];

	if (!(m->gflags & GAZ_F_IGOHEAD) || m->country[0] || m->cameo[0] ||
	    m->ref >= 0)
		return 0;
	for (size_t j = m->tok; j > 0 && j + 3 > m->tok; j--) {
		int o = actors_at(x, (uint32_t)(j - 1));

		if (x->doc.toks[j - 1].type != TOK_WORD)
			break;
		if (o >= 0 && x->m[o].country[0])
			return 0;	/* "the Vietnamese party secretary-general" */
	}
	if (igo == NULL)
		return 0;
	memcpy(m->cameo, igo->cameo, sizeof(m->cameo));
	memcpy(m->role, "IGO", 4);
	m->role_only = 0;
	return 1;
}

/* Roles no antecedent resolved ("la police", "les manifestants") belong to the story's country. */
static void
roles_default_country(struct xctx *x)
{
	const char *c = story_country(x);
	const struct xmention *igo = NULL;
	int searched = 0;
	char cc[4];

	if (c == NULL)
		return;
	memcpy(cc, c, sizeof(cc));
	c = NULL;
	body_local_country(x);
	for (size_t k = 0; k < x->nm; k++) {
		struct xmention *m = &x->m[k];

		if (k > 0 && igo_actor(&x->m[k - 1]))
			igo = &x->m[k - 1];	/* the last one before k */
		if ((m->gflags & GAZ_F_IGOHEAD) && igo == NULL && !searched) {
			igo = first_igo(x, k);	/* once: later heads see it */
			searched = 1;		/* too, or the ones before */
		}
		if ((m->gflags & GAZ_F_IGOHEAD) && igo_head_default(x, k, igo))
			continue;	/* "Secretary-General Jane Roe" */
		if (m->kind == EXTRACT_KIND_PERSON && m->role[0] &&
		    m->country[0] == '\0' && m->cameo[0] == '\0' &&
		    m->ref < 0) {
			/* "Prime Minister Irakli Kobakhidze" in a Georgian story */
			memcpy(m->country, cc, sizeof(m->country));
			set_cameo(m);
			continue;
		}
		/* "le gouvernement" is the story's; "le président" and
		 * "les ministres" may be anyone's and stay unresolved */
		if (!m->role_only || m->ref >= 0 || (m->gflags & HEAD_FLAGS) ||
		    strcmp(m->role, "BUS") == 0 || (strcmp(m->role, "GOV") == 0 &&
		    (m->gflags & GAZ_F_PLURAL)))
			continue;
		if ((c = whose_country(x, m)) != NULL ||
		    (c = crowd_place(x, m)) != NULL ||
		    (c = justice_country(x, k)) != NULL)
			memcpy(m->country, c, sizeof(m->country));
		else
			memcpy(m->country, cc, sizeof(m->country));
		set_cameo(m);
		m->role_only = 0;
	}
}

int
actors_find(struct xctx *x)
{
	size_t s, i, adv;

	if ((x->tok_m = calloc(x->doc.ntoks + 1, sizeof(*x->tok_m))) == NULL)
		return -1;
	if (x->d->gaz == NULL)
		return 0;
	for (s = 0; s < x->doc.nsents; s++) {
		const struct sentence *st = &x->doc.sents[s];
		size_t send = st->tok + st->ntok;

		for (i = st->tok; i < send; i += adv)
			if (scan_token(x, i, send, &adv) == -1)
				return -1;
	}
	heads_named(x);
	disambiguate(x);
	dateline(x);
	inside_times(x);
	roles_default_country(x);
	return 0;
}

const struct xmention *
actors_resolve(const struct xctx *x, const struct xmention *m)
{
	int guard = 0;

	while (m->ref >= 0 && guard++ < 8)
		m = &x->m[m->ref];
	return m;
}

const char *
actors_key(const struct xmention *m)
{
	if (m->country[0])
		return m->country;
	if (m->role_only)
		return "";
	return m->cameo;
}

int
actors_at(const struct xctx *x, uint32_t tok)
{
	return tok < x->doc.ntoks ? (int)x->tok_m[tok] - 1 : -1;
}

int
actors_last_person(const struct xctx *x, uint32_t tok)
{
	size_t k, n = 0;

	for (k = x->nm; k-- > 0 && n++ < 4 * LOOKBACK;) {
		const struct xmention *m = &x->m[k];

		if (m->tok >= tok)
			continue;
		if (m->kind == EXTRACT_KIND_PERSON)
			return (int)k;
		if (m->kind == EXTRACT_KIND_GROUP && m->ref >= 0 &&
		    actors_resolve(x, m)->kind == EXTRACT_KIND_PERSON)
			return (int)(actors_resolve(x, m) - x->m);
	}
	return -1;
}

/*
 * The mention that spells person m in full: m itself when it has two words
 * or more, else the first such mention of the same known person within 256
 * mentions; NULL for none.
 */
static const struct xmention *
person_full(const struct xctx *x, const struct xmention *m)
{
	size_t k, self = (size_t)(m - x->m);

	if (m->kind != EXTRACT_KIND_PERSON)
		return NULL;
	if (m->name == NULL)	/* an unknown name: only itself */
		return m->ntok >= 2 && m->ref < 0 ? m : NULL;
	for (k = self > 256 ? self - 256 : 0; k < x->nm && k < self + 256; k++)
		if (x->m[k].kind == EXTRACT_KIND_PERSON && x->m[k].ntok >= 2 &&
		    x->m[k].ref < 0 && (k == self || x->m[k].name == m->name))
			return &x->m[k];
	return NULL;
}

/* Display name of a mention: canonical name, else its words. */
static const char *
mention_name(struct xctx *x, const struct xmention *m)
{
	const struct xmention *full = person_full(x, m);

	/* A person is named as the article spells them in full. */
	if (full != NULL)
		return arena_strndup(x->ar, x->doc.text + full->span.start,
		    full->span.end - full->span.start);
	if ((m->kind == EXTRACT_KIND_GROUP || (m->kind == EXTRACT_KIND_LOCATION &&
	    m->actor)) && m->country[0] && m->ref < 0) {
		/* A role with no person named: its country speaks. */
		const struct gaz_entry *c = gazetteer_country(x->d->gaz,
		    m->country);

		if (c != NULL)
			return c->name;
	}
	if (m->name)
		return m->name;
	return arena_strndup(x->ar, x->doc.text + m->span.start,
	    m->span.end - m->span.start);
}

int
actors_fill(struct xctx *x, const struct xmention *m, struct extract_actor *a)
{
	const struct xmention *r = actors_resolve(x, m);
	const struct xmention *full = person_full(x, r);
	const char *name;

	a->text = arena_strndup(x->ar, x->doc.text + m->span.start,
	    m->span.end - m->span.start);
	if (full != NULL)	/* copied once, as mention_name() spells it */
		a->name = arena_strndup(x->ar, x->doc.text + full->span.start,
		    full->span.end - full->span.start);
	else {
		name = mention_name(x, r);
		a->name = name ? arena_strndup(x->ar, name, strlen(name)) :
		    NULL;
	}
	if (a->text == NULL || a->name == NULL)
		return -1;
	memcpy(a->country, m->country[0] ? m->country : r->country, 4);
	memcpy(a->role, m->role[0] ? m->role : r->role, sizeof(a->role));
	memcpy(a->cameo, m->cameo[0] ? m->cameo : r->cameo, sizeof(a->cameo));
	if (a->cameo[0] == '\0' && a->country[0]) {
		size_t c = strnlen(a->country, sizeof(a->country) - 1);
		size_t rl = strnlen(a->role, sizeof(a->role) - 1);

		memcpy(a->cameo, a->country, c);	/* "RUS" + "GOV" */
		memcpy(a->cameo + c, a->role, rl);
		a->cameo[c + rl] = '\0';
	}
	a->kind = r->kind == EXTRACT_KIND_LOCATION ? EXTRACT_KIND_COUNTRY :
	    r->kind;
	a->span = m->span;
	return 0;
}

/* A seat of power ("le Kremlin", "le département d'État"). */
static int
is_seat(const struct xmention *r)
{
	return r->kind == EXTRACT_KIND_COUNTRY && !r->place && r->role[0] &&
	    r->name != NULL;
}

/*
 * An institution named as such: French "ministère" + country + portfolio
 * (lower case is the French convention), English capitalized ("the Foreign
 * Ministry"; "Russia's foreign ministry" is a description).
 */
static int
body_named(const struct xctx *x, const struct xmention *m)
{
	const struct token *h = &x->doc.toks[m->tok + m->ntok - 1];

	if (x->lang[0] == 'f')
		return m->ntok >= 3;
	return (h->flags & TOK_F_CAP) && !(h->flags & TOK_F_SENT_START);
}

/* An entity's name: NUL-terminated, or len bytes of the article to copy once. */
struct entname {
	const char *s;
	size_t len;
	int in_doc;
};

static void
entname_doc(struct xctx *x, struct entname *n, struct extract_span sp)
{
	n->s = x->doc.text + sp.start;
	n->len = sp.end - sp.start;
	n->in_doc = 1;
}

/*
 * Entity kind and name of a mention, or 0 when it is no entity. A seat is
 * an ORGANIZATION (the institution) when it acts and a LOCATION after a
 * locative preposition ("à l'hôtel de Brienne"); an institution role with
 * its country ("le ministère chinois des affaires étrangères") is an
 * ORGANIZATION named by its words.
 */
static int
entity_of(struct xctx *x, const struct xmention *m, struct entname *name,
    enum extract_kind *kind)
{
	const struct xmention *r = actors_resolve(x, m), *full;

	name->in_doc = 0;
	if (r == m && is_seat(r)) {
		*kind = r->actor ? EXTRACT_KIND_ORGANIZATION :
		    EXTRACT_KIND_LOCATION;
		name->s = r->name;
		name->len = strlen(r->name);
		return 1;
	}
	if (r == m && m->kind == EXTRACT_KIND_GROUP && (m->gflags & GAZ_F_BODY) &&
	    !m->role_only && m->cameo[0] && body_named(x, m)) {
		*kind = EXTRACT_KIND_ORGANIZATION;
		entname_doc(x, name, m->span);
		return 1;
	}
	if (m->kind == EXTRACT_KIND_GROUP || r->kind == EXTRACT_KIND_GROUP ||
	    (r->kind == EXTRACT_KIND_COUNTRY &&
	    r->name && m->ntok && !r->place && r->role[0] == '\0' &&
	    !r->actor))
		return 0;
	if (r->kind == EXTRACT_KIND_COUNTRY && r->role[0] == '\0' && !r->place)
		return 0;	/* demonym */
	*kind = r->kind;
	if (r->kind == EXTRACT_KIND_LOCATION && r->name)
		name->s = r->name;
	else if ((full = person_full(x, r)) != NULL) {
		entname_doc(x, name, full->span);	/* as mention_name() */
		return 1;
	} else if ((name->s = mention_name(x, r)) == NULL)
		return 0;
	name->len = strlen(name->s);
	return 1;
}

/*
 * Entities being built, in malloc'd arrays copied to the arena at the end:
 * ents[0..n) with their keys, a hash index over (kind, name) and every
 * mention as (entity, span).
 */
struct entbuild {
	struct extract_entity *ents;
	struct entkey { uint64_t h; size_t len; } *keys;
	size_t n, cap;
	uint32_t *slot;		/* entity index + 1, 0 = empty */
	size_t nslot;		/* a power of two, > 2 n */
	struct entmention { size_t ent; struct extract_span sp; } *ms;
	size_t nms, mscap;
};

static uint64_t
entity_hash(enum extract_kind kind, const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL ^ (uint64_t)kind;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* Slot of (kind, name, h) in b->slot: the entity's or the empty one. */
static size_t
entity_slot(const struct entbuild *b, enum extract_kind kind,
    const struct entname *name, uint64_t h)
{
	size_t i = (size_t)h & (b->nslot - 1);

	for (;; i = (i + 1) & (b->nslot - 1)) {
		size_t j = b->slot[i];

		if (j == 0)
			return i;
		j--;
		if (b->keys[j].h == h && b->ents[j].kind == kind &&
		    b->keys[j].len == name->len &&
		    memcmp(b->ents[j].name, name->s, name->len) == 0)
			return i;
	}
}

/* Room for one more entity and one more mention. Returns 0 or -1. */
static int
entbuild_grow(struct entbuild *b)
{
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		struct extract_entity *e = realloc(b->ents, cap * sizeof(*e));
		struct entkey *k;

		if (e == NULL)
			return -1;
		b->ents = e;
		if ((k = realloc(b->keys, cap * sizeof(*k))) == NULL)
			return -1;
		b->keys = k;
		b->cap = cap;
	}
	if (2 * (b->n + 1) >= b->nslot) {
		size_t ns = b->nslot ? b->nslot * 2 : 128, i;
		uint32_t *sl = calloc(ns, sizeof(*sl));

		if (sl == NULL)
			return -1;
		for (size_t j = 0; j < b->n; j++) {
			for (i = (size_t)b->keys[j].h & (ns - 1); sl[i];
			    i = (i + 1) & (ns - 1))
				;
			sl[i] = (uint32_t)j + 1;
		}
		free(b->slot);
		b->slot = sl;
		b->nslot = ns;
	}
	if (b->nms == b->mscap) {
		size_t cap = b->mscap ? b->mscap * 2 : 256;
		struct entmention *ms = realloc(b->ms, cap * sizeof(*ms));

		if (ms == NULL)
			return -1;
		b->ms = ms;
		b->mscap = cap;
	}
	return 0;
}

/* Add a mention (span sp) of entity (kind, name). Returns 0 or -1. */
static int
entity_add(struct xctx *x, struct entbuild *b, enum extract_kind kind,
    const struct entname *name, const struct xmention *src,
    struct extract_span sp)
{
	struct extract_entity *e;
	uint64_t h = entity_hash(kind, name->s, name->len);
	size_t i, j;

	if (entbuild_grow(b) == -1)
		return -1;
	i = entity_slot(b, kind, name, h);
	if (b->slot[i] == 0) {
		j = b->n++;
		b->slot[i] = (uint32_t)j + 1;
		e = &b->ents[j];
		memset(e, 0, sizeof(*e));
		e->name = name->in_doc ? arena_strndup(x->ar, name->s,
		    name->len) : name->s;
		e->kind = kind;
		e->text = arena_strndup(x->ar, x->doc.text + sp.start,
		    sp.end - sp.start);
		memcpy(e->country, src->country, 4);
		memcpy(e->cameo, src->cameo, 24);
		b->keys[j].h = h;
		b->keys[j].len = name->len;
		if (e->text == NULL || e->name == NULL)
			return -1;
	} else
		j = b->slot[i] - 1;
	b->ents[j].n_mentions++;
	b->ms[b->nms].ent = j;
	b->ms[b->nms++].sp = sp;
	return 0;
}

/* Entity kind of a gazetteer entry found inside a role mention, or 0. */
static enum extract_kind
inner_kind(const struct gaz_entry *e)
{
	switch (e->type) {
	case GAZ_COUNTRY:
		return EXTRACT_KIND_COUNTRY;
	case GAZ_ORG:
		return EXTRACT_KIND_ORGANIZATION;
	case GAZ_SEAT:
		return e->country[0] ? EXTRACT_KIND_ORGANIZATION : 0;
	case GAZ_CITY:
		return EXTRACT_KIND_LOCATION;
	default:
		return 0;
	}
}

/*
 * A role mention absorbs the country, organization or seat that gives it
 * its code ("Japan's foreign ministry", "le secrétaire général de l'ONU",
 * "un porte-parole du département d'État"), and so does a national body
 * ("la Cour suprême du Brésil"); they are still entities. Returns 0 or -1.
 */
static int
entity_inner(struct xctx *x, const struct xmention *m, struct entbuild *b)
{
	const struct gaz_entry *e;
	struct xmention tmp;
	struct entname name = { NULL, 0, 0 };
	enum extract_kind kind;
	size_t t, n, end = m->tok + m->ntok;

	if ((m->kind != EXTRACT_KIND_GROUP &&
	    m->kind != EXTRACT_KIND_ORGANIZATION) || m->ntok < 2)
		return 0;
	t = m->tok;
	if (m->kind == EXTRACT_KIND_ORGANIZATION) {
		/* "la Cour suprême du Brésil": past the body's own name */
		if ((n = gazetteer_match(x->d->gaz, &x->doc, t, &e)) == 0 ||
		    n >= m->ntok)
			return 0;
		t += n;
	}
	for (; t < end; t += n ? n : 1) {
		if ((n = gazetteer_match(x->d->gaz, &x->doc, t, &e)) == 0 ||
		    t + n > end)
			continue;
		e = entry_pick(e);
		if ((kind = inner_kind(e)) == 0)
			continue;
		memset(&tmp, 0, sizeof(tmp));
		copy_codes(&tmp, e);
		name.s = e->name;
		name.len = strlen(e->name);
		if (entity_add(x, b, kind, &name, &tmp, (struct extract_span){
		    x->doc.toks[t].start, x->doc.toks[t + n - 1].end }) == -1)
			return -1;
	}
	return 0;
}

/* Copy the built entities into the arena, each with exactly its mentions. */
static int
entities_publish(struct xctx *x, struct entbuild *b, struct extract_result *r)
{
	struct extract_entity *ents;
	size_t k;

	if (b->n == 0)
		return 0;
	if ((ents = arena_alloc(x->ar, b->n * sizeof(*ents))) == NULL)
		return -1;
	memcpy(ents, b->ents, b->n * sizeof(*ents));
	for (k = 0; k < b->n; k++) {
		ents[k].mentions = arena_alloc(x->ar, ents[k].n_mentions *
		    sizeof(*ents[k].mentions));
		if (ents[k].mentions == NULL)
			return -1;
		ents[k].n_mentions = 0;
	}
	for (k = 0; k < b->nms; k++) {
		struct extract_entity *e = &ents[b->ms[k].ent];

		e->mentions[e->n_mentions++] = b->ms[k].sp;
	}
	r->entities = ents;
	r->n_entities = b->n;
	return 0;
}

int
actors_entities(struct xctx *x, struct extract_result *r)
{
	struct entbuild b;
	struct entname name;
	size_t k;
	int rc = -1;

	memset(&b, 0, sizeof(b));
	for (k = 0; k < x->nm; k++) {
		const struct xmention *m = &x->m[k];
		enum extract_kind kind;

		if (entity_inner(x, m, &b) == -1)
			goto free_build;
		if (!entity_of(x, m, &name, &kind))
			continue;
		if (entity_add(x, &b, kind, &name, actors_resolve(x, m),
		    m->span) == -1)
			goto free_build;
	}
	rc = entities_publish(x, &b, r);
free_build:
	free(b.ents);
	free(b.keys);
	free(b.slot);
	free(b.ms);
	return rc;
}
