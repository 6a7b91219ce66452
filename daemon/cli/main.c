/*
 * newsev: the command-line tool. One binary, one subcommand per job; each
 * subcommand lives in its own file and returns the exit code.
 */
#include <stdio.h>
#include <string.h>

#include "newsev/cli.h"
#include "newsev/extract.h"
#include "newsev/paths.h"

struct subcommand {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct subcommand subcommands[] = {
	{ "broker", cli_broker,
	    "run a mock Kafka cluster on loopback (tests, make run)" },
	{ "extract", cli_extract,
	    "articles as JSON lines -> ArticleEvents as JSON lines" },
	{ "dump", cli_dump,
	    "consume a topic and print its messages as JSON lines" },
	{ "eval", cli_eval,
	    "score the extractor against a gold directory" },
	{ "eval-timeml", cli_eval_timeml,
	    "score time expressions against TimeML files" },
	{ "eval-plover", cli_eval_plover,
	    "score event coding against PLOVER gold records" },
};

#define N_SUBCOMMANDS (sizeof(subcommands) / sizeof(subcommands[0]))

static void
main_usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: newsev SUBCOMMAND [ARGS]...\n"
	    "       newsev --help | --version\n\nSubcommands:\n");
	for (i = 0; i < N_SUBCOMMANDS; i++)
		fprintf(f, "  %-12s %s\n", subcommands[i].name,
		    subcommands[i].summary);
	fprintf(f, "\n'newsev SUBCOMMAND --help' describes each one.\n"
	    "Exit codes: 0 ok, 1 runtime error, 2 usage error.\n");
}

int
main(int argc, char **argv)
{
	size_t i;

	if (argc < 2) {
		main_usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		main_usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("newsev %s (extractor %s)\n", NEWSEV_VERSION,
		    extract_version());
		return 0;
	}
	for (i = 0; i < N_SUBCOMMANDS; i++) {
		if (strcmp(argv[1], subcommands[i].name) == 0)
			return subcommands[i].run(argc - 1, argv + 1);
	}
	fprintf(stderr, "newsev: unknown subcommand '%s'\n", argv[1]);
	main_usage(stderr);
	return 2;
}
