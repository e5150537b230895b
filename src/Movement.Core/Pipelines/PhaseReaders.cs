using System.Collections.Concurrent;

namespace Movement.Core.Pipelines;

/// <summary>
/// Counts, for one run, who still has to read each phase's documents: a pipeline's next phase, and the next
/// phase of every pipeline that sees it (Render sees its dependencies, PostProcess sees every pipeline). When the
/// last reader is done the run lets those documents go, so a large site's files as read and its parsed records
/// are not all held until the end of the build beside what was made from them.
/// </summary>
internal sealed class PhaseReaders
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), int> _left = new();
    private readonly Func<string, Phase, IReadOnlyCollection<string>> _visible;

    /// <param name="visible">Which other pipelines' previous phase a phase reads.</param>
    public PhaseReaders(IEnumerable<string> pipelines, Func<string, Phase, IReadOnlyCollection<string>> visible)
    {
        _visible = visible;
        foreach (var name in pipelines)
        {
            foreach (var phase in Enum.GetValues<Phase>().Where(p => p > Phase.Read))
            {
                foreach (var read in Reads(name, phase))
                {
                    _left.AddOrUpdate(read, 1, (_, count) => count + 1);
                }
            }
        }
    }

    /// <summary>
    /// The reading phase is over: the documents it was the last to read, which nothing will ask for again. The
    /// last phase's documents are the run's result and are never among them.
    /// </summary>
    public IReadOnlyList<(string Pipeline, Phase Phase)> Done(string pipeline, Phase phase)
    {
        if (phase == Phase.Read)
        {
            return [];
        }

        var released = new List<(string, Phase)>();
        foreach (var read in Reads(pipeline, phase))
        {
            if (_left.AddOrUpdate(read, 0, (_, count) => count - 1) == 0)
            {
                released.Add(read);
            }
        }

        return released;
    }

    private IEnumerable<(string, Phase)> Reads(string pipeline, Phase phase) =>
        _visible(pipeline, phase).Select(other => (other, phase - 1)).Prepend((pipeline, phase - 1));
}
