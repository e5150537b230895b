namespace Movement.Core.Pipeline;

/// <summary>Checks once, before a run, that dependencies name real pipelines and form no cycle.</summary>
internal static class PipelineGraph
{
    public static void Validate(IReadOnlyDictionary<string, Pipeline> pipelines)
    {
        foreach (var pipeline in pipelines.Values)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !pipelines.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.");
            }
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var name in pipelines.Keys)
        {
            Visit(name, pipelines, state, []);
        }
    }

    private static void Visit(string name, IReadOnlyDictionary<string, Pipeline> pipelines, Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(name, out var done))
        {
            if (!done)
            {
                throw new InvalidOperationException($"Pipelines depend on each other in a cycle: {string.Join(" -> ", path.Append(name))}.");
            }

            return;
        }

        state[name] = false;
        path.Add(name);
        foreach (var dependency in pipelines[name].Dependencies)
        {
            Visit(dependency, pipelines, state, path);
        }

        path.RemoveAt(path.Count - 1);
        state[name] = true;
    }
}
