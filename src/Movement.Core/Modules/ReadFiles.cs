using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;

namespace Movement.Core.Modules;

/// <summary>Reads the input files that match any of the patterns, in path order, as documents with their bytes.</summary>
public sealed class ReadFiles(params string[] patterns) : IModule
{
    private readonly Glob[] _globs = patterns.Select(p => new Glob(p)).ToArray();

    /// <summary>Files to leave out even when a pattern matches them.</summary>
    public Func<string, bool> Except { get; init; } = _ => false;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var paths = context.Input.ListFiles().Where(path => _globs.Any(g => g.IsMatch(path)) && !Except(path)).ToArray();
        var documents = new Document[paths.Length];
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            documents[i] = new Document { Source = paths[i], Bytes = context.Input.ReadAllBytes(paths[i]) }); // In path order, read on every core.
        return Task.FromResult(inputs.AddRange(documents));
    }
}
