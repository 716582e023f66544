using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1001: the image runs as root — its final stage sets no USER (through its chain of stages) or the last USER
/// is root. Images listed as privilege-dropping in the policy (postgres, redis… whose entrypoint switches user)
/// and scratch images (no user database) are exempt when no USER is set.
/// </summary>
public sealed class FinalStageRunsAsRoot : IRule<DockerfileDocument>
{
    public string Id => RuleIds.FinalStageRunsAsRoot;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var stage = document.FinalStage;
        if (stage is null) return;
        var user = stage.User;
        if (user is not null)
        {
            if (user.IsRoot)
                context.Report(user.Instruction.Location,
                    $"The final stage '{stage}' runs as '{user.Value}' (USER on line {user.Instruction.StartLine}), expected a non-root user.",
                    $"Add a USER with a non-root user (for example USER 10001) after the steps that need root.");
            return;
        }

        var root = stage.Root;
        if (root.IsScratch || !root.IsBaseResolved) return;
        var image = root.BaseImage;
        if (image is null) return;
        if (context.Policy.PrivilegeDroppingImages.Any(p => string.Equals(p, image.FamiliarRepository, StringComparison.OrdinalIgnoreCase))) return;
        var tag = image.Tag ?? "";
        if (tag.IndexOf("nonroot", StringComparison.OrdinalIgnoreCase) >= 0 || tag.IndexOf("rootless", StringComparison.OrdinalIgnoreCase) >= 0
            || image.Repository.IndexOf("rootless", StringComparison.OrdinalIgnoreCase) >= 0) return;
        context.Report(stage.From.Location,
            $"The final stage '{stage}' (FROM {stage.BaseName}) sets no USER, so the container runs as root.",
            $"Add 'USER <non-root user>' before CMD/ENTRYPOINT.");
    }
}
