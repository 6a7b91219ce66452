/*
 * cli: the subcommands of the `newsev` tool. Each takes the arguments after
 * the subcommand name (argv[0] is the subcommand) and returns the process
 * exit code: 0 ok, 1 runtime error, 2 usage error.
 */
#ifndef NEWSEV_CLI_H
#define NEWSEV_CLI_H

/* newsev broker: run librdkafka's mock cluster until SIGTERM/SIGINT. */
int cli_broker(int argc, char **argv);

/* newsev extract: articles as JSON lines -> ArticleEvents as JSON lines. */
int cli_extract(int argc, char **argv);

/* newsev dump: consume an output topic and print JSON lines. */
int cli_dump(int argc, char **argv);

/* newsev eval: score the extractor against a gold directory. */
int cli_eval(int argc, char **argv);

/* newsev eval-timeml: score time expressions against TimeML files. */
int cli_eval_timeml(int argc, char **argv);

/* newsev eval-plover: score event coding against PLOVER gold records. */
int cli_eval_plover(int argc, char **argv);

#endif
