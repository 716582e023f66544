using System.Collections.Generic;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Engine;

/// <summary>
/// A rule paired with one model type it checks (<see cref="IRule{TModel}"/>). Made once at discovery, so running
/// a rule on a model is an interface call, not a reflective one.
/// </summary>
internal abstract class RuleBinding
{
    protected RuleBinding(IRule rule) => Rule = rule;

    public IRule Rule { get; }

    /// <summary>The type of the models the rule checks through this binding.</summary>
    public abstract System.Type ModelType { get; }

    /// <summary>The models of this binding's type in the run.</summary>
    public abstract IReadOnlyList<object> ModelsIn(ModelSet models);

    /// <summary>Checks one of the models <see cref="ModelsIn"/> returned.</summary>
    public abstract void Check(object model, RuleContext context);
}

internal sealed class RuleBinding<TModel> : RuleBinding where TModel : class
{
    private readonly IRule<TModel> _rule;

    public RuleBinding(IRule<TModel> rule) : base(rule) => _rule = rule;

    public override System.Type ModelType => typeof(TModel);

    public override IReadOnlyList<object> ModelsIn(ModelSet models) => models.Get<TModel>();

    public override void Check(object model, RuleContext context) => _rule.Check((TModel)model, context);
}
