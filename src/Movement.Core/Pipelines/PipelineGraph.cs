namespace Movement.Core.Pipelines;

/// <summary>
/// Checks once, before a run, that dependencies name real pipelines. Two pipelines may depend on each other
/// (events name their organiser, a member's page lists its events): a pipeline's Render waits only for what
/// its dependencies parsed, and Parse waits for no other pipeline, so no dependency can close a cycle.
/// </summary>
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
    }
}
