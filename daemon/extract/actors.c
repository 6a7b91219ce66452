/*
 * actors: one left-to-right pass over the tokens builds actor and place
 * mentions from gazetteer matches, then attaches what grammar glues to
 * them: a demonym or "de la Russie" gives a role its country ("le
 * président russe"), a name after a role is a person with that role ("son
 * homologue angolais, João Lourenço"), a capital not after a locative
 * preposition names its government. Coreference links a bare role ("le chef
 * de l'État") or a country role to the person it last named.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/actors.h"
#include "newsev/dict.h"
#include "newsev/gazetteer.h"
#include "newsev/patterns.h"
#include "newsev/xctx.h"

/* Coreference looks back at most this many mentions (keeps it linear). */
#define LOOKBACK 256
#define HEAD_FLAGS (GAZ_F_HEAD_STATE | GAZ_F_HEAD_GOV | GAZ_F_FOREIGN_MIN)

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
	if (m->country[0])
		snprintf(m->cameo, sizeof(m->cameo), "%s%s", m->country,
		    m->role);
}

/* Mention from gazetteer entry e over tokens [i, i+n). */
static struct xmention *
mention_gaz(struct xctx *x, size_t i, size_t n, const struct gaz_entry *e)
{
	struct xmention *m;
	int loc = i > 0 && (wclass(x, i - 1) & W_LOC) != 0;

	if (i > 1 && (wclass(x, i - 1) & W_DET) && !(wclass(x, i - 1) & W_LOC) &&
	    (wclass(x, i - 2) & W_LOC))
		loc = 1;
	if ((m = mention_new(x, i, n)) == NULL)
		return NULL;
	copy_codes(m, e);
	m->name = e->name;
	m->gflags = e->flags;
	m->lat = e->lat;
	m->lon = e->lon;
	m->has_coords = e->has_coords;
	m->locative = (uint8_t)loc;
	switch (e->type) {
	case GAZ_PERSON:
		m->kind = EXTRACT_KIND_PERSON;
		m->actor = 1;
		break;
	case GAZ_ORG:
		m->kind = EXTRACT_KIND_ORGANIZATION;
		m->actor = 1;
		break;
	case GAZ_COUNTRY:
		m->kind = EXTRACT_KIND_COUNTRY;
		m->actor = 1;	/* "livrer des armes à la Corée du Nord" */
		m->place = 1;
		break;
	case GAZ_SEAT:
		m->kind = EXTRACT_KIND_COUNTRY;
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
		m->role_only = m->country[0] == '\0';
		set_cameo(m);
		break;
	case GAZ_DEMONYM:
		m->kind = EXTRACT_KIND_COUNTRY;
		m->actor = 1;	/* "Chinese companies", "entreprises chinoises" */
		/* only "les Russes" (a capitalized French noun) can act */
		m->adj = !(x->lang[0] == 'f' && (x->doc.toks[i].flags &
		    TOK_F_CAP) && !(x->doc.toks[i].flags & TOK_F_SENT_START));
		break;
	}
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

	while (j < sent_end) {
		if (name_word(x, j)) {
			caps++;
			j++;
		} else if (caps > 0 && j + 1 < sent_end &&
		    (wclass(x, j) & W_PARTICLE) && name_word(x, j + 1)) {
			j++;
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

/* Give a role mention the country of the demonym or "de X" after it. */
static void
role_take_country(struct xmention *r, const struct xmention *c)
{
	memcpy(r->country, c->country, sizeof(r->country));
	if (c->kind == EXTRACT_KIND_ORGANIZATION && c->country[0] == '\0') {
		memcpy(r->cameo, c->cameo, sizeof(r->cameo));
		r->name = c->name;
	} else
		set_cameo(r);
	r->role_only = 0;
	r->span.end = c->span.end;
	r->ntok = c->tok + c->ntok - r->tok;
}

/* Attach the mention just added (last) to the one before it when grammar says so. */
static void
attach(struct xctx *x)
{
	struct xmention *c = &x->m[x->nm - 1], *r;
	size_t i = c->tok;
	int of = i > 0 && (wclass(x, i - 1) & W_OF);
	int of2 = i > 1 && (wclass(x, i - 1) & W_DET) && (wclass(x, i - 2) & W_OF);

	if (x->nm < 2)
		return;
	r = &x->m[x->nm - 2];
	if (r->kind != EXTRACT_KIND_GROUP || !r->role_only || r->sent != c->sent)
		return;
	if (c->kind == EXTRACT_KIND_COUNTRY && r->tok + r->ntok == i &&
	    !c->place && c->country[0]) {
		role_take_country(r, c);		/* "président russe" */
		x->nm--;
		return;
	}
	if ((of && r->tok + r->ntok + 1 == i) || (of2 && r->tok + r->ntok + 2 ==
	    i)) {
		if (c->country[0] || c->kind == EXTRACT_KIND_ORGANIZATION) {
			role_take_country(r, c);	/* "ministre de l'Inde" */
			x->nm--;
		}
	}
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
	if (c->kind == EXTRACT_KIND_ORGANIZATION && c->country[0] == '\0') {
		/* "EU officials": the organization's people. */
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
	r->span.start = c->span.start;
	memcpy(r->country, c->country, sizeof(r->country));
	set_cameo(r);
	r->role_only = 0;
	x->m[x->nm - 2] = *r;
	x->nm--;
}

/* "Maxime Ndodé, un chef de milice centrafricain": the role names the person. */
static void
apposition_back(struct xctx *x)
{
	struct xmention *r, *p;

	size_t k;

	if (x->nm < 2)
		return;
	r = &x->m[x->nm - 1];
	for (k = x->nm - 1; k-- > 0 && k + 4 > x->nm;)
		if (x->m[k].kind == EXTRACT_KIND_PERSON)
			break;
	if (k == (size_t)-1 || k + 4 <= x->nm)
		return;
	p = &x->m[k];
	if (!(r->kind == EXTRACT_KIND_GROUP || (r->kind == EXTRACT_KIND_COUNTRY &&
	    !r->place)) || r->role_only || r->ref >= 0 || !r->country[0] ||
	    p->kind != EXTRACT_KIND_PERSON || p->country[0] || p->ref >= 0 ||
	    r->sent != p->sent || r->tok > p->tok + p->ntok + 7 ||
	    strcmp(text_tok_norm(&x->doc, p->tok + p->ntok), ",") != 0)
		return;
	memcpy(p->country, r->country, sizeof(p->country));
	memcpy(p->role, r->role, sizeof(p->role));
	set_cameo(p);
	r->ref = (int32_t)(p - x->m);
}

/* Person name after a role ("le président Lula", "son homologue, X"). */
/* Index of the role a name at token i is apposed to, or -1. */
static int
apposed_role(struct xctx *x, size_t i)
{
	struct xmention *r = mention_before(x, i, 1);
	size_t k;

	if (r != NULL)
		return r->kind == EXTRACT_KIND_GROUP ||
		    r->kind == EXTRACT_KIND_ORGANIZATION ? (int)(r - x->m) : -1;
	if (i == 0 || strcmp(text_tok_norm(&x->doc, i - 1), ",") != 0)
		return -1;
	/* "la porte-parole du ministère X des affaires étrangères, Jane Roe" */
	for (k = x->nm; k-- > 0;) {
		r = &x->m[k];
		if (r->sent != x->doc.toks[i].sent || r->tok + 15 < i)
			return -1;
		if (r->kind == EXTRACT_KIND_GROUP ||
		    r->kind == EXTRACT_KIND_ORGANIZATION)
			return (int)k;	/* "..., directrice à HRW, Jane Roe" */
	}
	return -1;
}

static int
person_after(struct xctx *x, size_t i, size_t n)
{
	int ri = apposed_role(x, i);
	unsigned w = i > 0 ? wclass(x, i - 1) : 0;
	struct xmention *p, *r;

	if (ri < 0 && !(w & W_TITLE) && (x->doc.toks[i].flags &
	    TOK_F_SENT_START))
		return 0;
	if ((p = mention_new(x, i, n)) == NULL)
		return -1;
	p->kind = EXTRACT_KIND_PERSON;
	p->actor = 1;
	p->name = NULL;
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
	const char *w = text_tok_norm(&x->doc, i);
	size_t k, stop = x->nm > LOOKBACK ? x->nm - LOOKBACK : 0;

	if (!name_word(x, i))
		return -1;
	for (k = x->nm; k-- > stop;) {
		const struct xmention *m = &x->m[k];
		size_t last = m->tok + m->ntok - 1;

		if (m->kind != EXTRACT_KIND_PERSON || m->ntok < 2 || m->ref >= 0)
			continue;
		if (strcmp(text_tok_norm(&x->doc, last), w) == 0 ||
		    strcmp(text_tok_norm(&x->doc, m->tok), w) == 0)
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

/* Resolve a country-less role to the person or actor it refers back to. */
static void
corefer_role(struct xctx *x, struct xmention *m)
{
	size_t self = (size_t)(m - x->m);
	int k;

	if (m->ref >= 0)
		return;
	if (m->role_only) {
		k = find_antecedent(x, self, m->gflags & HEAD_FLAGS, NULL);
		if (k >= 0 && (m->gflags & HEAD_FLAGS))
			m->ref = k;
		return;
	}
	if (m->kind == EXTRACT_KIND_GROUP && (m->gflags & HEAD_FLAGS)) {
		k = find_antecedent(x, self, m->gflags & HEAD_FLAGS, m->country);
		if (k >= 0 && x->m[k].kind == EXTRACT_KIND_PERSON)
			m->ref = k;
	}
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

static int
scan_token(struct xctx *x, size_t i, size_t send, size_t *adv)
{
	const struct gaz_entry *e;
	size_t n;
	int k, changed = 1;

	*adv = 1;
	if ((n = gazetteer_match(x->d->gaz, &x->doc, i, &e)) > 0) {
		e = entry_pick(e);
		if (mention_gaz(x, i, n, e) == NULL)
			return -1;
		if (e->type == GAZ_DEMONYM || e->type == GAZ_COUNTRY ||
		    e->type == GAZ_ORG || e->type == GAZ_CITY ||
		    e->type == GAZ_SEAT)
			attach(x);
		if (e->type == GAZ_ROLE)
			attach_demonym_role(x);
		if (e->type == GAZ_DEMONYM || e->type == GAZ_ROLE ||
		    e->type == GAZ_COUNTRY)
			apposition_back(x);
		if (e->type == GAZ_PERSON && x->nm >= 2) {
			struct xmention *r = &x->m[x->nm - 2];
			size_t end = r->tok + r->ntok;

			if (r->kind == EXTRACT_KIND_GROUP &&
			    (end == i || (end + 1 == i && strcmp(
			    text_tok_norm(&x->doc, i - 1), ",") == 0)))
				r->ref = (int32_t)(x->nm - 1);
		}
		*adv = n;
	} else if (wclass(x, i) & W_COUNTERPART) {
		if (counterpart(x, i) == -1)
			return -1;
	} else if ((n = name_len(x, i, send)) > 0) {
		if (person_after(x, i, n) == -1)
			return -1;
		*adv = n;
	} else if ((k = surname_ref(x, i)) >= 0) {
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
	} else
		changed = 0;
	if (changed && x->nm > 0) {
		corefer_role(x, &x->m[x->nm - 1]);
		mark_tokens(x, &x->m[x->nm - 1]);
	}
	return 0;
}

/* "BRUXELLES, 14 octobre (newsev) -": the opening place is no actor. */
static void
dateline(struct xctx *x)
{
	struct xmention *m;

	if (x->nm == 0 || x->m[0].tok != 0 || !x->m[0].place ||
	    !(x->doc.toks[0].flags & TOK_F_UPPER))	/* "HANOÏ, 20 juin" */
		return;
	m = &x->m[0];
	if (m->ntok < x->doc.ntoks && strcmp(text_tok_norm(&x->doc, m->ntok),
	    ",") == 0) {
		m->actor = 0;
		m->locative = 1;
	}
}

/*
 * Country of the story: the dateline place ("TBILISSI, 1er décembre -")
 * when the text opens with one, else the country named most often.
 */
static const char *
story_country(const struct xctx *x)
{
	struct { const char *c; size_t n; } cnt[64];
	size_t nc = 0, k, j, best = 0;
	const char *top = NULL;

	if (x->nm > 0 && x->m[0].tok == 0 && x->m[0].place &&
	    x->m[0].locative && x->m[0].country[0])
		return x->m[0].country;		/* the dateline */
	for (k = 0; k < x->nm && k < 1024; k++) {
		const char *c = x->m[k].country;

		if (c[0] == '\0')
			continue;
		for (j = 0; j < nc && strcmp(cnt[j].c, c) != 0; j++)
			;
		if (j == nc) {
			if (nc == 64)
				continue;
			cnt[nc].c = c;
			cnt[nc++].n = 0;
		}
		if (++cnt[j].n > best) {
			best = cnt[j].n;
			top = cnt[j].c;
		}
	}
	return top;
}

/* Roles no antecedent resolved ("la police", "les manifestants") belong to the story's country. */
static void
roles_default_country(struct xctx *x)
{
	const char *c = story_country(x);
	char cc[4];

	if (c == NULL)
		return;
	memcpy(cc, c, sizeof(cc));
	for (size_t k = 0; k < x->nm; k++) {
		struct xmention *m = &x->m[k];

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
	dateline(x);
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
		if (m->kind == EXTRACT_KIND_GROUP && m->ref >= 0)
			return m->ref;
	}
	return -1;
}

/* Display name of a mention: canonical name, else its words. */
static const char *
mention_name(struct xctx *x, const struct xmention *m)
{
	const struct xmention *full = NULL;
	size_t k, self = (size_t)(m - x->m);

	/* A person is named as the article spells them in full. */
	if (m->kind == EXTRACT_KIND_PERSON) {
		for (k = self > 256 ? self - 256 : 0; k < x->nm && k < self + 256;
		    k++)
			if (x->m[k].kind == EXTRACT_KIND_PERSON && x->m[k].ntok >= 2 &&
			    x->m[k].ref < 0 && (k == self || (m->name &&
			    x->m[k].name == m->name))) {
				full = &x->m[k];
				break;
			}
		if (full != NULL)
			return arena_strndup(x->ar, x->doc.text +
			    full->span.start, full->span.end - full->span.start);
	}
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
	const char *name = mention_name(x, r);

	a->text = arena_strndup(x->ar, x->doc.text + m->span.start,
	    m->span.end - m->span.start);
	a->name = name ? arena_strndup(x->ar, name, strlen(name)) : NULL;
	if (a->text == NULL || a->name == NULL)
		return -1;
	memcpy(a->country, m->country[0] ? m->country : r->country, 4);
	memcpy(a->role, m->role[0] ? m->role : r->role, sizeof(a->role));
	memcpy(a->cameo, m->cameo[0] ? m->cameo : r->cameo, sizeof(a->cameo));
	if (a->cameo[0] == '\0' && a->country[0])
		snprintf(a->cameo, sizeof(a->cameo), "%s%s", a->country,
		    a->role);
	a->kind = r->kind == EXTRACT_KIND_LOCATION ? EXTRACT_KIND_COUNTRY :
	    r->kind;
	a->span = m->span;
	return 0;
}

/* Entity kind and name of a mention, or 0 when it is no entity. */
static int
entity_of(struct xctx *x, const struct xmention *m, const char **name,
    enum extract_kind *kind)
{
	const struct xmention *r = actors_resolve(x, m);

	if (m->kind == EXTRACT_KIND_GROUP || r->kind == EXTRACT_KIND_GROUP ||
	    (r->kind == EXTRACT_KIND_COUNTRY &&
	    r->name && m->ntok && !r->place && r->role[0] == '\0' &&
	    !r->actor))
		return 0;
	if (r->kind == EXTRACT_KIND_COUNTRY && r->role[0] == '\0' && !r->place)
		return 0;	/* demonym */
	*kind = r->kind;
	*name = r->kind == EXTRACT_KIND_LOCATION && r->name ? r->name :
	    mention_name(x, r);
	return *name != NULL;
}

int
actors_entities(struct xctx *x, struct extract_result *r)
{
	struct extract_entity *ents;
	size_t n = 0, k, j;

	if (x->nm == 0)
		return 0;
	if ((ents = arena_alloc(x->ar, x->nm * sizeof(*ents))) == NULL)
		return -1;
	for (k = 0; k < x->nm; k++) {
		const struct xmention *m = &x->m[k];
		enum extract_kind kind;
		const char *name;
		struct extract_entity *e;

		if (!entity_of(x, m, &name, &kind))
			continue;
		for (j = 0; j < n; j++)
			if (ents[j].kind == kind && strcmp(ents[j].name, name) == 0)
				break;
		e = &ents[j];
		if (j == n) {
			n++;
			e->name = name;
			e->kind = kind;
			e->text = arena_strndup(x->ar, x->doc.text +
			    m->span.start, m->span.end - m->span.start);
			memcpy(e->country, actors_resolve(x, m)->country, 4);
			memcpy(e->cameo, actors_resolve(x, m)->cameo, 24);
			e->mentions = arena_alloc(x->ar, (x->nm - k) *
			    sizeof(*e->mentions));
			if (e->text == NULL || e->mentions == NULL)
				return -1;
		}
		e->mentions[e->n_mentions++] = m->span;
	}
	r->entities = ents;
	r->n_entities = n;
	return 0;
}
