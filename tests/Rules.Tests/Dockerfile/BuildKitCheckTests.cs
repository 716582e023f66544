using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

/// <summary>The rules that cover BuildKit's build checks which need more than the Dockerfile's own text.</summary>
public class BuildKitCheckTests
{
    [Fact]
    public void Copies_of_paths_the_dockerignore_excludes_are_reported_at_the_source()
    {
        RuleTest.Flags(RuleIds.CopyIgnoredFile,
            ("Dockerfile", "FROM alpine:3.20\nCOPY [|Dockerfile|] /src/\nADD [|./notes/todo.md|] /doc/\nCOPY app.py /app/\nCOPY --from=build /out/notes /x\nCOPY *.md /docs/\nUSER 1000\n"),
            (".dockerignore", "# local only\nDockerfile\nnotes/\n"));
        RuleTest.Flags(RuleIds.CopyIgnoredFile, ("Dockerfile", "FROM scratch\nCOPY [|.|] /\n"), (".dockerignore", "*\n"));
    }

    [Fact]
    public void The_dockerfiles_own_dockerignore_wins_over_the_directorys()
    {
        RuleTest.Flags(RuleIds.CopyIgnoredFile,
            ("api.Dockerfile", "FROM scratch\nCOPY [|token.txt|] /\nCOPY README.md /\n"), ("api.Dockerfile.dockerignore", "token.txt\n"), (".dockerignore", "README.md\n"));
    }

    [Fact]
    public void Each_dockerfile_of_a_folder_gets_its_own_dockerignore_or_the_folders()
    {
        // The ignore files are read once per run and shared: one Dockerfile's own file must not reach its neighbour.
        RuleTest.Flags(RuleIds.CopyIgnoredFile,
            ("api.Dockerfile", "FROM scratch\nCOPY [|token.txt|] /\nCOPY README.md /\n"), ("api.Dockerfile.dockerignore", "token.txt\n"),
            ("web.Dockerfile", "FROM scratch\nCOPY token.txt /\nCOPY [|README.md|] /\n"), (".dockerignore", "README.md\n"));
    }

    [Fact]
    public void Copies_the_dockerignore_lets_through_pass()
    {
        RuleTest.Passes(RuleIds.CopyIgnoredFile, ("Dockerfile", "FROM scratch\nCOPY . /\nCOPY ./Dockerfile /x\nCOPY $SRC /y\n"), (".dockerignore", "**\n!Dockerfile\n"));
        RuleTest.Passes(RuleIds.CopyIgnoredFile, ("Dockerfile", "FROM scratch\nCOPY . /\n"), (".dockerignore", ".*\n"));
        RuleTest.Passes(RuleIds.CopyIgnoredFile, ("Dockerfile", "FROM scratch\nCOPY config/app.yml /\n"));
    }

    [Fact]
    public void A_base_image_named_for_another_architecture_than_the_platform_is_reported()
    {
        RuleTest.Flags(RuleIds.InvalidBaseImagePlatform,
            ("Dockerfile", "FROM --platform=linux/arm64 [|amd64/alpine:3.20|] AS a\nFROM --platform=linux/amd64 [|registry.example.com/app:1.4-arm64|] AS b\nFROM scratch\nCOPY --from=a /x /x\nCOPY --from=b /y /y\n"));
        RuleTest.Passes(RuleIds.InvalidBaseImagePlatform,
            ("Dockerfile", "FROM --platform=linux/arm64/v8 arm64v8/alpine:3.20 AS a\nFROM --platform=$BUILDPLATFORM amd64/golang:1.22 AS b\nFROM --platform=linux/amd64 alpine:3.20-slim AS c\nFROM amd64/alpine:3.20\n"));
    }
}
