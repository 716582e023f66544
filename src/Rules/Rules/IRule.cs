namespace RedFire.Lint.Rules;

/// <summary>A rule: one class, one id (an entry of rules.json and a page in docs/rules/).</summary>
public interface IRule
{
    string Id { get; }
}

/// <summary>
/// A rule over one kind of model (a parsed Dockerfile, a compose project, an env file, the deployment…).
/// Rules are pure: they read the model and report; no file system, no environment, no clock.
/// </summary>
public interface IRule<in TModel> : IRule
{
    void Check(TModel model, RuleContext context);
}
