using System.Collections.Generic;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Secrets;

/// <summary>
/// The places of a Dockerfile: ENV, ARG (defaults) and LABEL pairs as settings; RUN, CMD, ENTRYPOINT and
/// HEALTHCHECK arguments and heredoc bodies as command lines (ONBUILD triggers included). Positions come from the
/// parser's mapped text, exact across line continuations.
/// </summary>
internal static class DockerfilePlaces
{
    private static readonly HashSet<string> SettingInstructions = new(System.StringComparer.Ordinal) { "ENV", "ARG", "LABEL" };
    private static readonly HashSet<string> CommandInstructions = new(System.StringComparer.Ordinal) { "RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK" };

    private static readonly System.Func<SecretPlace, string> LabelRemedy =
        static _ => "labels are public metadata of the image: remove it and revoke the secret";

    private static readonly System.Func<SecretPlace, string> EnvRemedy = static place => BuildRemedy("ENV", place.Name!);

    private static readonly System.Func<SecretPlace, string> ArgRemedy = static place => BuildRemedy("ARG", place.Name!);

    private static string BuildRemedy(string keyword, string name) =>
        $"values of {keyword} are stored in the image; pass it at run time (environment, secret file) or, for the build, with RUN --mount=type=secret,id={name.ToLowerInvariant()}";

    public static IEnumerable<SecretPlace> Of(DockerfileDocument document)
    {
        foreach (var written in document.Instructions)
        {
            var instruction = written.Trigger ?? written;
            var where = written.Trigger is null ? instruction.Keyword : $"ONBUILD {instruction.Keyword}";
            if (SettingInstructions.Contains(instruction.Keyword))
            {
                foreach (var pair in instruction.Pairs)
                {
                    if (pair.Value is not { } value) continue;
                    yield return new SecretPlace(document.Source, value.Location, SecretPlaceKind.Setting, pair.Name, value.Value)
                    {
                        Where = where,
                        RemedyOf = instruction.Is("LABEL") ? LabelRemedy : instruction.Is("ENV") ? EnvRemedy : ArgRemedy,
                    };
                }
            }
            else if (CommandInstructions.Contains(instruction.Keyword))
            {
                yield return Command(document, instruction.Line, instruction.ArgumentsStart, instruction.ArgumentText, where);
                foreach (var heredoc in instruction.Heredocs)
                    yield return Command(document, heredoc.Body, 0, heredoc.Body.Text, $"{where} heredoc");
            }
        }
    }

    /// <param name="value">The text from <paramref name="start"/> on that is the command line.</param>
    private static SecretPlace Command(DockerfileDocument document, MappedText text, int start, string value, string where) =>
        new(document.Source, text.GetLocation(start, start + value.Length), SecretPlaceKind.Command, null, value)
        {
            Where = where,
            Remedy = "the instruction is stored in the image history; use RUN --mount=type=secret,id=… and read the secret from /run/secrets/… (or pass it at run time)",
            Locator = (offset, length) => text.GetLocation(start + offset, start + offset + length),
        };
}
