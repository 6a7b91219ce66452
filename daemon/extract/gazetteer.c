/*
 * gazetteer: names of countries, demonyms, cities, seats of power,
 * organizations, roles and people, loaded from TSV files (format in
 * data/README.md) into a trie keyed on folded token hashes.
 *
 * Phrases are tokenized with text_analyze(), the same tokenizer that reads
 * articles, so "États-Unis", "Etats Unis" and "nord-coréennes" key the way
 * the text does. Hyphens glued between words are skipped on both sides, so
 * "Etats Unis" also matches "États-Unis". A phrase starting with an article
 * (le, la, les, l', the) is also entered without it. A phrase flagged
 * ambiguous ("UN", "WHO", "Paris") matches only when its last word has the
 * casing it has in the file (all capitals, or a capital initial); one
 * flagged accents ("juge", not "jugé") only when its last word has the
 * same accents. The strictest line for a phrase wins.
 *
 * The trie is one open-addressing table of edges (parent node, token hash)
 * -> child node; matching walks it without allocating.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/gazetteer.h"
#include "newsev/text.h"

#define ARENA_BLOCK (64 * 1024)
#define NCOLS 9

/* Casing a match must have (phrases flagged ambiguous). */
enum need_case { NEED_ANY = 0, NEED_CAP = 1, NEED_UPPER = 2 };

/* Line flag "accents", kept by the loader only: diacritics must match. */
#define LOAD_F_ACCENTS	0x8000
#define EXACT_MAX	64	/* longest word compared with its accents */

/* What a phrase asks of the casing and accents of its last word. */
struct phrase_key {
	uint8_t need;		/* enum need_case */
	const char *exact;	/* last word, lower case with accents, or NULL */
};

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	char data[];
};

struct gnode {
	struct gaz_entry *first;	/* entries ending here, or NULL */
	uint8_t need;			/* enum need_case: strictest phrase */
	const char *exact;		/* last word with accents, or NULL */
};

/*
 * Most tokens start no phrase. A bitmap indexed by the top bits of the
 * token hash of every first word answers "no" for nearly all of them from
 * a few cache lines, before the edge table is probed.
 */
#define ROOT_BITS	(1u << 17)

static inline size_t
root_bit(uint64_t hash)
{
	return (size_t)(hash >> 47);	/* 17 bits */
}

struct edge {
	uint64_t hash;
	uint32_t parent;
	uint32_t child;			/* 0 = empty slot (0 is the root) */
};

struct gazetteer {
	struct gnode *nodes;
	size_t nnodes, nodes_cap;
	struct edge *edges;
	size_t nedges, edges_mask;	/* table size is edges_mask + 1 */
	size_t nphrases;
	struct arena_block *arena;
	size_t bytes;			/* memory held, for reports */
	const struct gaz_entry **country;	/* 26^3 slots by alpha-3 */
	struct head_link *heads, **heads_tail;	/* office holders, load order */
	uint64_t roots[ROOT_BITS / 64];	/* bit set: a phrase may start on it */
};

/* A person flagged head_state, head_gov or foreign_min (arena-owned). */
struct head_link {
	const struct gaz_entry *e;
	struct head_link *next;
};

/* Load-time state: current file and line for error messages. */
struct loader {
	struct gazetteer *g;
	struct text_doc doc;
	const char *path;
	size_t line;
	char *err;
	size_t errlen;
};

static void *
arena_alloc(struct gazetteer *g, size_t n)
{
	struct arena_block *b = g->arena;
	size_t cap;

	n = (n + 7) & ~(size_t)7;
	if (b == NULL || b->cap - b->used < n) {
		cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		if ((b = malloc(sizeof(*b) + cap)) == NULL)
			return NULL;
		b->next = g->arena;
		b->used = 0;
		b->cap = cap;
		g->arena = b;
		g->bytes += sizeof(*b) + cap;
	}
	b->used += n;
	return b->data + b->used - n;
}

static char *
arena_strndup(struct gazetteer *g, const char *s, size_t n)
{
	char *p = arena_alloc(g, n + 1);

	if (p != NULL) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static int
load_error(struct loader *ld, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(ld->err, ld->errlen, "%s:%zu: ", ld->path, ld->line);
	if (n >= 0 && (size_t)n < ld->errlen) {
		va_start(ap, fmt);
		vsnprintf(ld->err + n, ld->errlen - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static inline size_t
edge_slot(const struct gazetteer *g, uint32_t parent, uint64_t hash)
{
	uint64_t h = hash ^ ((uint64_t)parent * 0x9E3779B97F4A7C15ULL);

	h ^= h >> 31;
	return (size_t)h & g->edges_mask;
}

static uint32_t
edge_find(const struct gazetteer *g, uint32_t parent, uint64_t hash)
{
	size_t i = edge_slot(g, parent, hash);

	for (;;) {
		const struct edge *e = &g->edges[i];

		if (e->child == 0)
			return 0;
		if (e->hash == hash && e->parent == parent)
			return e->child;
		i = (i + 1) & g->edges_mask;
	}
}

static void
edge_put(struct gazetteer *g, uint32_t parent, uint64_t hash, uint32_t child)
{
	size_t i = edge_slot(g, parent, hash);

	while (g->edges[i].child != 0)
		i = (i + 1) & g->edges_mask;
	g->edges[i].hash = hash;
	g->edges[i].parent = parent;
	g->edges[i].child = child;
	g->nedges++;
}

static int
edges_grow(struct gazetteer *g)
{
	struct edge *old = g->edges;
	size_t oldn = g->edges_mask + 1, n = oldn * 2;

	if ((g->edges = calloc(n, sizeof(*g->edges))) == NULL) {
		g->edges = old;
		return -1;
	}
	g->edges_mask = n - 1;
	g->nedges = 0;
	for (size_t i = 0; i < oldn; i++)
		if (old[i].child != 0)
			edge_put(g, old[i].parent, old[i].hash, old[i].child);
	free(old);
	g->bytes += (n - oldn) * sizeof(*g->edges);
	return 0;
}

static int64_t
node_new(struct gazetteer *g)
{
	struct gnode *nn;
	size_t cap;

	if (g->nnodes == g->nodes_cap) {
		cap = g->nodes_cap * 2;
		if ((nn = realloc(g->nodes, cap * sizeof(*nn))) == NULL)
			return -1;
		g->bytes += (cap - g->nodes_cap) * sizeof(*nn);
		g->nodes = nn;
		g->nodes_cap = cap;
	}
	g->nodes[g->nnodes].first = NULL;
	g->nodes[g->nnodes].need = NEED_ANY;
	g->nodes[g->nnodes].exact = NULL;
	return (int64_t)g->nnodes++;
}

/* Child of parent on hash, created when missing. Returns -1 on OOM. */
static int64_t
node_child(struct gazetteer *g, uint32_t parent, uint64_t hash)
{
	uint32_t c = edge_find(g, parent, hash);
	int64_t n;

	if (c != 0)
		return c;
	if ((g->nedges + 1) * 2 > g->edges_mask + 1 && edges_grow(g) == -1)
		return -1;
	if ((n = node_new(g)) == -1)
		return -1;
	edge_put(g, parent, hash, (uint32_t)n);
	if (parent == 0)
		g->roots[root_bit(hash) / 64] |= 1ULL << (root_bit(hash) % 64);
	return n;
}

/* A glued hyphen between words: skipped in keys and in matches. */
static int
is_glued_hyphen(const struct text_doc *d, size_t i)
{
	const struct token *t = &d->toks[i];

	return t->type == TOK_PUNCT && (t->flags & TOK_F_GLUED) &&
	    t->norm_len == 1 && d->norm[t->norm] == '-';
}

static int
is_article(const struct text_doc *d, size_t i)
{
	static const char *const art[] = { "le", "la", "les", "l'", "the" };
	const char *w = text_tok_norm(d, i);

	for (size_t k = 0; k < sizeof(art) / sizeof(art[0]); k++)
		if (strcmp(w, art[k]) == 0)
			return 1;
	return 0;
}

static int
same_entry(const struct gaz_entry *a, const struct gaz_entry *b)
{
	return a->type == b->type && strcmp(a->cameo, b->cameo) == 0 &&
	    strcmp(a->country, b->country) == 0 &&
	    strcmp(a->role, b->role) == 0 &&
	    (a->flags & ~GAZ_F_AMBIGUOUS) == (b->flags & ~GAZ_F_AMBIGUOUS);
}

/* Attach a copy of e to node n, unless an identical entry is there. */
static int
node_attach(struct gazetteer *g, uint32_t n, const struct gaz_entry *e,
    const struct phrase_key *key)
{
	struct gnode *nd = &g->nodes[n];
	struct gaz_entry *p, *last = NULL, *c;

	for (p = nd->first; p != NULL; p = (struct gaz_entry *)p->next) {
		if (same_entry(p, e))
			goto out_need;
		last = p;
	}
	if ((c = arena_alloc(g, sizeof(*c))) == NULL)
		return -1;
	*c = *e;
	c->next = NULL;
	if (last == NULL) {
		nd->first = c;
		g->nphrases++;
	} else
		last->next = c;
out_need:
	if (key->need > nd->need)
		nd->need = key->need;
	if (key->exact != NULL && nd->exact == NULL)
		nd->exact = key->exact;
	return 0;
}

/* Enter the tokens [from, doc->ntoks) of a tokenized phrase. */
static int
insert_tokens(struct loader *ld, size_t from, struct gaz_entry *e,
    const struct phrase_key *key)
{
	const struct text_doc *d = &ld->doc;
	int64_t n = 0;

	for (size_t i = from; i < d->ntoks; i++) {
		if (i > from && is_glued_hyphen(d, i))
			continue;
		if ((n = node_child(ld->g, (uint32_t)n, d->toks[i].hash)) == -1)
			return load_error(ld, "out of memory");
	}
	if (n == 0)
		return load_error(ld, "empty phrase");
	if (node_attach(ld->g, (uint32_t)n, e, key) == -1)
		return load_error(ld, "out of memory");
	return 0;
}

/*
 * Lower-case s[0..n) keeping its accents (ASCII and Latin-1 capitals), into
 * out[EXACT_MAX]. Returns 0, or -1 when it does not fit.
 */
static int
lower_keep_accents(const char *s, size_t n, char *out)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t i;

	if (n >= EXACT_MAX)
		return -1;
	for (i = 0; i < n; i++) {
		if (p[i] >= 'A' && p[i] <= 'Z')
			out[i] = (char)(p[i] + 32);
		else if (i > 0 && p[i - 1] == 0xC3 && p[i] >= 0x80 &&
		    p[i] <= 0x9E && p[i] != 0x97)
			out[i] = (char)(p[i] + 0x20);	/* À..Þ -> à..þ */
		else
			out[i] = (char)p[i];
	}
	out[n] = '\0';
	return 0;
}

static int
phrase_key(struct loader *ld, const struct gaz_entry *e, unsigned lflags,
    struct phrase_key *key)
{
	const struct text_doc *d = &ld->doc;
	const struct token *last = &d->toks[d->ntoks - 1];
	char buf[EXACT_MAX];

	key->need = NEED_ANY;
	key->exact = NULL;
	if (e->flags & GAZ_F_AMBIGUOUS)		/* casing of the last word */
		key->need = (last->flags & TOK_F_UPPER) ? NEED_UPPER : NEED_CAP;
	if (!(lflags & LOAD_F_ACCENTS))
		return 0;
	if (lower_keep_accents(d->text + last->start, last->end - last->start,
	    buf) == -1)
		return load_error(ld, "word too long for 'accents'");
	if ((key->exact = arena_strndup(ld->g, buf, strlen(buf))) == NULL)
		return load_error(ld, "out of memory");
	return 0;
}

static int
insert_phrase(struct loader *ld, const char *p, size_t len,
    struct gaz_entry *e, unsigned lflags)
{
	const struct text_doc *d = &ld->doc;
	struct phrase_key key;

	if (text_analyze(&ld->doc, p, len) == -1)
		return load_error(ld, "out of memory");
	if (d->ntoks == 0)
		return load_error(ld, "empty phrase in '%.*s'", (int)len, p);
	if (phrase_key(ld, e, lflags, &key) == -1 ||
	    insert_tokens(ld, 0, e, &key) == -1)
		return -1;
	if (d->ntoks > 1 && is_article(d, 0))
		return insert_tokens(ld, 1, e, &key);
	return 0;
}

static const struct {
	const char *name;
	enum gaz_type type;
} gaz_types[] = {
	{"country", GAZ_COUNTRY}, {"demonym", GAZ_DEMONYM},
	{"city", GAZ_CITY}, {"seat", GAZ_SEAT}, {"org", GAZ_ORG},
	{"role", GAZ_ROLE}, {"person", GAZ_PERSON}, {"region", GAZ_REGION},
};

static const struct {
	const char *name;
	unsigned flag;
} gaz_flags[] = {
	{"capital", GAZ_F_CAPITAL}, {"head_state", GAZ_F_HEAD_STATE},
	{"head_gov", GAZ_F_HEAD_GOV}, {"foreign_min", GAZ_F_FOREIGN_MIN},
	{"plural", GAZ_F_PLURAL}, {"feminine", GAZ_F_FEMININE},
	{"ambiguous", GAZ_F_AMBIGUOUS}, {"accents", LOAD_F_ACCENTS},
	{"body", GAZ_F_BODY}, {"anaphor", GAZ_F_ANAPHOR},
	{"stateref", GAZ_F_STATEREF}, {"fr", GAZ_F_LANG_FR},
	{"en", GAZ_F_LANG_EN}, {"placenoun", GAZ_F_PLACENOUN},
	{"igo_head", GAZ_F_IGOHEAD},
};

static int
empty_col(const char *c)
{
	return c == NULL || c[0] == '\0' || strcmp(c, "-") == 0;
}

static int
parse_type(struct loader *ld, const char *c, struct gaz_entry *e)
{
	for (size_t i = 0; i < sizeof(gaz_types) / sizeof(gaz_types[0]); i++)
		if (strcmp(c, gaz_types[i].name) == 0) {
			e->type = gaz_types[i].type;
			return 0;
		}
	return load_error(ld, "unknown type '%s'", c);
}

static int
parse_flags(struct loader *ld, char *c, struct gaz_entry *e)
{
	char *tok, *save = NULL;
	size_t i;

	if (empty_col(c))
		return 0;
	for (tok = strtok_r(c, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < sizeof(gaz_flags) / sizeof(gaz_flags[0]); i++)
			if (strcmp(tok, gaz_flags[i].name) == 0)
				break;
		if (i == sizeof(gaz_flags) / sizeof(gaz_flags[0]))
			return load_error(ld, "unknown flag '%s'", tok);
		e->flags |= gaz_flags[i].flag;
	}
	return 0;
}

static int
parse_code(struct loader *ld, const char *c, char *out, size_t cap,
    const char *what)
{
	size_t n;

	if (empty_col(c))
		return 0;
	if ((n = strlen(c)) >= cap)
		return load_error(ld, "%s '%s' longer than %zu", what, c, cap - 1);
	for (size_t i = 0; i < n; i++)
		if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9')))
			return load_error(ld, "%s '%s' not A-Z0-9", what, c);
	memcpy(out, c, n + 1);
	return 0;
}

static int
parse_coord(struct loader *ld, const char *c, double lim, double *out)
{
	char *end;

	errno = 0;
	*out = strtod(c, &end);
	if (errno != 0 || end == c || *end != '\0' || *out < -lim || *out > lim)
		return load_error(ld, "bad coordinate '%s'", c);
	return 0;
}

static int
parse_coords(struct loader *ld, char **col, struct gaz_entry *e)
{
	if (empty_col(col[6]) && empty_col(col[7]))
		return 0;
	if (empty_col(col[6]) || empty_col(col[7]))
		return load_error(ld, "latitude without longitude");
	if (parse_coord(ld, col[6], 90, &e->lat) == -1 ||
	    parse_coord(ld, col[7], 180, &e->lon) == -1)
		return -1;
	e->has_coords = 1;
	return 0;
}

/* Fill e from the columns of one line (phrases are entered afterwards). */
static int
parse_entry(struct loader *ld, char **col, struct gaz_entry *e)
{
	memset(e, 0, sizeof(*e));
	if (parse_type(ld, col[0], e) == -1 ||
	    parse_code(ld, col[2], e->country, sizeof(e->country), "country") == -1 ||
	    parse_code(ld, col[3], e->cameo, sizeof(e->cameo), "cameo") == -1 ||
	    parse_code(ld, col[4], e->role, sizeof(e->role), "role") == -1 ||
	    parse_flags(ld, col[5], e) == -1 || parse_coords(ld, col, e) == -1)
		return -1;
	if (e->country[0] && strlen(e->country) != 3)
		return load_error(ld, "country '%s' is not ISO alpha-3", e->country);
	if (e->cameo[0] == '\0' && e->country[0])	/* default: RUS, RUSGOV */
		snprintf(e->cameo, sizeof(e->cameo), "%s%s",
		    e->country, e->type == GAZ_CITY || e->type == GAZ_DEMONYM ||
		    e->type == GAZ_COUNTRY ? "" : e->role);
	return 0;
}

static void
register_country(struct gazetteer *g, const struct gaz_entry *e)
{
	const char *c = e->country;
	size_t k;

	if (e->type != GAZ_COUNTRY || strlen(c) != 3)
		return;
	for (k = 0; k < 3; k++)
		if (c[k] < 'A' || c[k] > 'Z')
			return;
	k = (size_t)(c[0] - 'A') * 676 + (size_t)(c[1] - 'A') * 26 +
	    (size_t)(c[2] - 'A');
	if (g->country[k] == NULL)
		g->country[k] = e;
}

/* Keep the office holders of people lines for gazetteer_head(). */
static int
register_head(struct loader *ld, const struct gaz_entry *e)
{
	struct gazetteer *g = ld->g;
	struct head_link *h;

	if (e->type != GAZ_PERSON || e->country[0] == '\0' || !(e->flags &
	    (GAZ_F_HEAD_STATE | GAZ_F_HEAD_GOV | GAZ_F_FOREIGN_MIN)))
		return 0;
	if ((h = arena_alloc(g, sizeof(*h))) == NULL)
		return load_error(ld, "out of memory");
	h->e = e;
	h->next = NULL;
	if (g->heads_tail == NULL)
		g->heads_tail = &g->heads;
	*g->heads_tail = h;
	g->heads_tail = &h->next;
	return 0;
}

/* Split line on TABs into col[NCOLS]; returns the column count. */
static size_t
split_cols(char *line, char **col)
{
	size_t n = 0;
	char *p = line, *t;

	for (size_t i = 0; i < NCOLS; i++)
		col[i] = NULL;
	while (p != NULL && n <= NCOLS) {
		t = strchr(p, '\t');
		if (t != NULL)
			*t++ = '\0';
		if (n < NCOLS)
			col[n] = p;
		n++;
		p = t;
	}
	return n;
}

static int
parse_line(struct loader *ld, char *line)
{
	char *col[NCOLS], *p, *bar;
	struct gaz_entry tmp, *e;
	unsigned lflags;
	size_t ncol;

	if (!text_utf8_valid(line, strlen(line)))
		return load_error(ld, "invalid UTF-8");
	if ((ncol = split_cols(line, col)) < 2 || empty_col(col[1]))
		return load_error(ld, "need at least a type and a phrase");
	if (ncol > NCOLS)
		return load_error(ld, "more than %d columns", NCOLS);
	if (parse_entry(ld, col, &tmp) == -1)
		return -1;
	lflags = tmp.flags & LOAD_F_ACCENTS;
	tmp.flags &= ~(unsigned)LOAD_F_ACCENTS;
	if ((e = arena_alloc(ld->g, sizeof(*e))) == NULL)
		return load_error(ld, "out of memory");
	*e = tmp;
	p = col[1];
	if (!empty_col(col[8]))
		e->name = arena_strndup(ld->g, col[8], strlen(col[8]));
	else
		e->name = arena_strndup(ld->g, p, strcspn(p, "|"));
	if (e->name == NULL)
		return load_error(ld, "out of memory");
	for (; p != NULL; p = bar) {
		if ((bar = strchr(p, '|')) != NULL)
			*bar++ = '\0';
		if (insert_phrase(ld, p, strlen(p), e, lflags) == -1)
			return -1;
	}
	register_country(ld->g, e);
	return register_head(ld, e);
}

static int
load_file(struct loader *ld, const char *path)
{
	FILE *f;
	char *line = NULL, *s;
	size_t cap = 0;
	ssize_t n;
	int rc = 0;

	ld->path = path;
	ld->line = 0;
	if ((f = fopen(path, "r")) == NULL)
		return load_error(ld, "%s", strerror(errno));
	while (rc == 0 && (n = getline(&line, &cap, f)) != -1) {
		ld->line++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (ld->line == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0)
			memmove(line, line + 3, (size_t)n - 2);	/* BOM */
		for (s = line; *s == ' '; s++)
			;
		if (*s == '\0' || *s == '#')
			continue;
		rc = parse_line(ld, line);
	}
	free(line);
	fclose(f);
	return rc;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the *.tsv files in dir. Returns the count, -1 on error. */
static ssize_t
list_tsv(const char *dir, char ***out)
{
	DIR *dp;
	struct dirent *de;
	char **v = NULL, **nv;
	size_t n = 0, len;

	if ((dp = opendir(dir)) == NULL)
		return -1;
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len < 5 || de->d_name[0] == '.' ||
		    strcmp(de->d_name + len - 4, ".tsv") != 0)
			continue;
		if ((nv = realloc(v, (n + 1) * sizeof(*v))) == NULL)
			goto out_free;
		v = nv;
		if ((v[n] = strdup(de->d_name)) == NULL)
			goto out_free;
		n++;
	}
	closedir(dp);
	qsort(v, n, sizeof(*v), name_cmp);
	*out = v;
	return (ssize_t)n;
out_free:
	while (n > 0)
		free(v[--n]);
	free(v);
	closedir(dp);
	return -1;
}

static struct gazetteer *
gaz_new(void)
{
	struct gazetteer *g = calloc(1, sizeof(*g));

	if (g == NULL)
		return NULL;
	g->nodes_cap = 1024;
	g->edges_mask = 2047;
	g->nodes = calloc(g->nodes_cap, sizeof(*g->nodes));
	g->edges = calloc(g->edges_mask + 1, sizeof(*g->edges));
	g->country = calloc(26 * 26 * 26, sizeof(*g->country));
	if (g->nodes == NULL || g->edges == NULL || g->country == NULL) {
		gazetteer_free(g);
		return NULL;
	}
	g->nnodes = 1;		/* the root */
	g->bytes = sizeof(*g) + g->nodes_cap * sizeof(*g->nodes) +
	    (g->edges_mask + 1) * sizeof(*g->edges) +
	    26 * 26 * 26 * sizeof(*g->country);
	return g;
}

static int
load_dir(struct loader *ld, const char *dir)
{
	char **names = NULL, path[4096];
	ssize_t n;
	int rc = 0;

	if ((n = list_tsv(dir, &names)) == -1) {
		snprintf(ld->err, ld->errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	if (n == 0) {
		snprintf(ld->err, ld->errlen, "%s: no .tsv files", dir);
		rc = -1;
	}
	for (ssize_t i = 0; i < n; i++) {
		if (rc == 0) {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
			rc = load_file(ld, path);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

/* Load every *.tsv of dir; NULL and "file:line: reason" in err on error. */
struct gazetteer *
gazetteer_load(const char *dir, char *err, size_t errlen)
{
	struct loader ld;

	memset(&ld, 0, sizeof(ld));
	ld.err = err;
	ld.errlen = errlen;
	if ((ld.g = gaz_new()) == NULL) {
		snprintf(err, errlen, "%s: out of memory", dir);
		return NULL;
	}
	text_doc_init(&ld.doc);
	if (load_dir(&ld, dir) == -1) {
		gazetteer_free(ld.g);
		ld.g = NULL;
	}
	text_doc_clear(&ld.doc);
	return ld.g;
}

/* Free g, its trie and every entry. NULL is accepted. */
void
gazetteer_free(struct gazetteer *g)
{
	struct arena_block *b, *nb;

	if (g == NULL)
		return;
	for (b = g->arena; b != NULL; b = nb) {
		nb = b->next;
		free(b);
	}
	free(g->nodes);
	free(g->edges);
	free(g->country);
	free(g);
}

/* Do the casing and accents of the last matched token suit the phrase? */
static int
word_ok(const struct gnode *nd, const struct text_doc *doc, size_t j)
{
	const struct token *last = &doc->toks[j];
	char buf[EXACT_MAX];

	if (nd->need == NEED_CAP && !(last->flags & TOK_F_CAP))
		return 0;
	if (nd->need == NEED_UPPER && !(last->flags & TOK_F_UPPER))
		return 0;
	if (nd->exact == NULL)
		return 1;
	return lower_keep_accents(doc->text + last->start,
	    last->end - last->start, buf) == 0 && strcmp(buf, nd->exact) == 0;
}

/*
 * The longest entry starting at token i, past gazetteer_match()'s root
 * test; kept out of line so that the common miss stays a few instructions.
 */
static __attribute__((noinline)) size_t
match_from(const struct gazetteer *g, const struct text_doc *doc, size_t i,
    const struct gaz_entry **out)
{
	uint32_t node = 0;
	size_t j, best = 0;

	for (j = i; j < doc->ntoks; j++) {
		if (j > i && is_glued_hyphen(doc, j))
			continue;
		if ((node = edge_find(g, node, doc->toks[j].hash)) == 0)
			break;
		if (g->nodes[node].first != NULL &&
		    word_ok(&g->nodes[node], doc, j)) {
			*out = g->nodes[node].first;
			best = j + 1 - i;
		}
	}
	return best;
}

/* Longest phrase at token i, without allocating; see gazetteer.h. */
size_t
gazetteer_match(const struct gazetteer *g, const struct text_doc *doc,
    size_t i, const struct gaz_entry **out)
{
	*out = NULL;
	if (i < doc->ntoks) {
		size_t b = root_bit(doc->toks[i].hash);

		if (!(g->roots[b / 64] & (1ULL << (b % 64))))
			return 0;
	}
	return match_from(g, doc, i, out);
}

/* First country line loaded for alpha-3 iso, or NULL. */
const struct gaz_entry *
gazetteer_country(const struct gazetteer *g, const char *iso)
{
	size_t k;

	if (iso == NULL || strlen(iso) != 3)
		return NULL;
	for (k = 0; k < 3; k++)
		if (iso[k] < 'A' || iso[k] > 'Z')
			return NULL;
	k = (size_t)(iso[0] - 'A') * 676 + (size_t)(iso[1] - 'A') * 26 +
	    (size_t)(iso[2] - 'A');
	return g->country[k];
}

/*
 * First person line loaded for country iso with any of flags, or NULL. The
 * list is dated: callers name a role by it only when the article names
 * that person (actors.c, heads_named()).
 */
const struct gaz_entry *
gazetteer_head(const struct gazetteer *g, const char *iso, unsigned flags)
{
	const struct head_link *h;

	if (g == NULL || iso == NULL || flags == 0)
		return NULL;
	for (h = g->heads; h != NULL; h = h->next)
		if ((h->e->flags & flags) && strcmp(h->e->country, iso) == 0)
			return h->e;
	return NULL;
}

/* Distinct phrases in the trie. */
size_t
gazetteer_size(const struct gazetteer *g)
{
	return g->nphrases;
}
