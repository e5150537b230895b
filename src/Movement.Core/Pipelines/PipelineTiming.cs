namespace Movement.Core.Pipelines;

/// <summary>How many documents a pipeline produced and how long each of its phases took.</summary>
public sealed record PipelineTiming(string Pipeline, int Documents, IReadOnlyDictionary<Phase, double> Milliseconds)
{
    public double TotalMilliseconds => Milliseconds.Values.Sum();
}
