using System;
using System.Collections.Generic;

namespace RedFire.Lint.Engine;

/// <summary>
/// The models built from one run's files, by type: parsed Dockerfiles, env files, nginx configs,
/// compose projects, the deployment. Loaders add to it in order; rules read from it.
/// </summary>
public sealed class ModelSet
{
    private readonly Dictionary<Type, List<object>> _models = new();

    public void Add<T>(T model) where T : class
    {
        lock (_models)
        {
            if (!_models.TryGetValue(typeof(T), out var list))
                _models[typeof(T)] = list = new List<object>();
            list.Add(model);
        }
    }

    public IReadOnlyList<T> Get<T>() where T : class
    {
        lock (_models)
        {
            if (!_models.TryGetValue(typeof(T), out var list)) return [];
            var result = new T[list.Count];
            for (var i = 0; i < list.Count; i++) result[i] = (T)list[i];
            return result;
        }
    }
}
