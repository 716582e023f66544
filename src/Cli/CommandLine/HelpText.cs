namespace RedFire.Lint.Cli.CommandLine;

/// <summary>The text of <c>--help</c>.</summary>
public static class HelpText
{
    public const string Usage = """
        Usage: redfire-lint [options] [<path>...]
               redfire-lint config [-f FILE]... [--env-file FILE] [--format yaml|json]

        Lints container deployments: Dockerfiles, compose files, env files, nginx configs and the
        C# ServiceConfig ports. Paths are files or directories (default: the current directory);
        directories are searched, skipping bin, obj, .git and node_modules. A path named like a
        command is written ./config.

        Options:
          --format <format>     text (default), json, sarif, msbuild or github
          -o, --output <file>   write the report to a file instead of standard output
          --config <file>       use this config file instead of the nearest .redfire-lint.json
          --profile <profile>   which rules are on: recommended (default), strict (the RedFire
                                plan's standards) or all; wins over "extends" in the config file
          --fail-on <level>     exit 1 on findings at or above error (default), warning or info;
                                none never fails
          --severity <id=level> set a rule's severity (error, warning, info, off); repeatable,
                                wins over every config file
          --version             print the version
          -h, --help            print this help

        Commands:
          config                print the resolved compose project, like 'docker compose config'

        Exit codes: 0 nothing at or above the --fail-on level, 1 findings at or above it,
        2 bad usage or bad configuration.
        """;
}
