using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;

namespace Movement.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase. Each phase of a pipeline starts as soon as what it needs is ready:
/// its own previous phase and the previous phase of its dependencies (of every pipeline, for PostProcess
/// and Write). Independent work runs in parallel.
/// </summary>
public sealed class Engine
{
    private readonly IReadOnlyDictionary<string, Pipeline> _pipelines;
    private readonly IFileSystem _input;
    private readonly IClock _clock;

    public Engine(IEnumerable<Pipeline> pipelines, IFileSystem input, IClock clock)
    {
        _pipelines = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _input = input;
        _clock = clock;
        PipelineGraph.Validate(_pipelines);
    }

    /// <summary>
    /// Told each pipeline's documents as each phase ends, on that phase's thread: the build starts writing
    /// pages while later phases run. It returns the documents the pipeline goes on with (the same ones, or
    /// copies that no longer hold content the output keeps). It must be quick and must not throw.
    /// </summary>
    public Func<string, Phase, ImmutableArray<Document>, ImmutableArray<Document>>? PhaseDone { get; init; }

    /// <summary>
    /// Given each document a module hands over before its phase ends (<see cref="IExecutionContext.HandOver"/>);
    /// returns what the pipeline keeps of it. Called on many threads at once; it must not throw.
    /// </summary>
    public Func<Document, Document>? HandedOver { get; init; }

    /// <summary>
    /// Told how many documents a phase let go when it was the last reader of them (see <see cref="PhaseReaders"/>),
    /// on that phase's thread, once the run has dropped them: the caller may give their memory back now.
    /// </summary>
    public Action<int>? Released { get; init; }

    /// <summary>
    /// Render phases that read at least this many documents run one at a time. Each such phase already keeps every
    /// core busy on its own, and side by side their working memory adds up: at 100,000 members the member pages,
    /// the directory, the search index and the API rendered together were the build's peak.
    /// </summary>
    public int LargeRender { get; init; } = int.MaxValue;

    /// <summary>Told, on that phase's thread, when a large Render phase takes its turn and before it starts: the memory the last one left behind may be given back now.</summary>
    public Action? LargeRenderStarting { get; init; }

    public async Task<EngineResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        // One reading of the clock for the whole run: a build that crosses midnight must not date some pages
        // today and others tomorrow.
        var run = new Run(this, new FixedClock(_clock.Now), bag, cancellationToken);
        var total = Stopwatch.StartNew();
        var last = _pipelines.Keys.Select(name => run.PhaseTask(name, Phase.PostProcess)).ToArray();
        await Task.WhenAll(last);
        total.Stop();

        var outputs = _pipelines.Keys.ToImmutableDictionary(name => name, name => run.Result(name, Phase.PostProcess));
        var timings = _pipelines.Keys
            .Order(StringComparer.Ordinal)
            .Select(name => new PipelineTiming(name, outputs[name].Length, run.TimingsOf(name)))
            .ToList();
        return new EngineResult(outputs, bag.ToList(), timings, total.Elapsed.TotalMilliseconds);
    }

    /// <summary>The state of one run: a task per pipeline and phase, created on first need.</summary>
    private sealed class Run(Engine engine, IClock clock, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<(string, Phase), Lazy<Task<ImmutableArray<Document>>>> _tasks = new();
        private readonly ConcurrentDictionary<(string, Phase), double> _milliseconds = new();
        private readonly PhaseReaders _readers = new(engine._pipelines.Keys, (name, phase) => VisiblePipelines(engine, engine._pipelines[name], phase));

        /// <summary>Phases whose documents every reader is done with; a reader the count missed fails loudly rather than running the phase again.</summary>
        private readonly ConcurrentDictionary<(string, Phase), bool> _released = new();

        /// <summary>Held by the one large Render phase running (see <see cref="LargeRender"/>).</summary>
        private readonly SemaphoreSlim _largeRender = new(1, 1);

        public Task<ImmutableArray<Document>> PhaseTask(string pipeline, Phase phase) => _released.ContainsKey((pipeline, phase))
            ? throw new InvalidOperationException($"The {phase} documents of pipeline '{pipeline}' were asked for after their last reader was done.")
            : _tasks.GetOrAdd((pipeline, phase), key => new Lazy<Task<ImmutableArray<Document>>>(() => Task.Run(() => ExecuteAsync(key.Item1, key.Item2)))).Value;

        public ImmutableArray<Document> Result(string pipeline, Phase phase) => PhaseTask(pipeline, phase).Result;

        public Document HandOver(Document document) => engine.HandedOver?.Invoke(document) ?? document;

        public IReadOnlyDictionary<Phase, double> TimingsOf(string pipeline) =>
            Enum.GetValues<Phase>().ToDictionary(p => p, p => _milliseconds.GetValueOrDefault((pipeline, p)));

        private async Task<ImmutableArray<Document>> ExecuteAsync(string name, Phase phase)
        {
            var pipeline = engine._pipelines[name];
            var visible = VisiblePipelines(engine, pipeline, phase);
            var large = await TurnAsync(name, phase, visible);
            try
            {
                return await Execute(name, phase, pipeline, visible);
            }
            finally
            {
                if (large)
                {
                    _largeRender.Release();
                }
            }
        }

        /// <summary>
        /// Waits for what the phase reads and, for a large Render phase, for its turn; whether it took one. Taken only
        /// once the inputs are ready, and a Render phase reads nothing that is not: no phase holding the turn ever
        /// waits for one waiting on it.
        /// </summary>
        private async Task<bool> TurnAsync(string name, Phase phase, IReadOnlyCollection<string> visible)
        {
            if (phase == Phase.Read)
            {
                return false;
            }

            var read = (await PhaseTask(name, phase - 1)).Length;
            foreach (var other in visible)
            {
                read += (await PhaseTask(other, phase - 1)).Length;
            }

            if (phase != Phase.Render || read < engine.LargeRender)
            {
                return false;
            }

            await _largeRender.WaitAsync(cancellationToken);
            engine.LargeRenderStarting?.Invoke();
            return true;
        }

        private async Task<ImmutableArray<Document>> Execute(string name, Phase phase, Pipeline pipeline, IReadOnlyCollection<string> visible)
        {
            var inputs = phase == Phase.Read ? ImmutableArray<Document>.Empty : Result(name, phase - 1);
            var staged = diagnostics.AtStage((int)phase);
            var context = new ExecutionContext(name, phase, engine._input, clock, staged, cancellationToken, visible, this);
            var watch = Stopwatch.StartNew();
            var documents = inputs;
            foreach (var module in pipeline.ModulesOf(phase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    documents = await module.ExecuteAsync(documents, context);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A bug in a module must not hide the other pipelines' diagnostics: report it and go on empty.
                    staged.Report(Diagnostic.Error(
                        DiagnosticCodes.InternalError,
                        new SourceLocation($"(pipeline {name}, phase {phase}, module {module.GetType().Name})"),
                        $"Internal error: {exception.GetType().Name}: {exception.Message}",
                        "This is a fault in Movement, not in your content. Please report it with the input that caused it."));
                    documents = [];
                    break;
                }
            }

            _milliseconds[(name, phase)] = watch.Elapsed.TotalMilliseconds;
            var result = engine.PhaseDone?.Invoke(name, phase, documents) ?? documents;
            inputs = documents = default; // Kept by this method's state otherwise, while what it read is let go below.
            if (LetGo(name, phase) is > 0 and var released)
            {
                engine.Released?.Invoke(released);
            }

            return result;
        }

        /// <summary>Lets go of the documents this phase was the last to read; how many. Apart, so no local outlives it.</summary>
        private int LetGo(string name, Phase phase)
        {
            var released = 0;
            foreach (var read in _readers.Done(name, phase))
            {
                _released[read] = true;
                if (_tasks.TryRemove(read, out var gone) && gone.Value.IsCompletedSuccessfully)
                {
                    released += gone.Value.Result.Length;
                }
            }

            return released;
        }

        private static IReadOnlyCollection<string> VisiblePipelines(Engine engine, Pipeline pipeline, Phase phase) => phase switch
        {
            Phase.Read or Phase.Parse => [],
            Phase.Render => pipeline.Dependencies.ToList(),
            _ => engine._pipelines.Keys.ToList(),
        };
    }

    private sealed class ExecutionContext(
        string pipelineName,
        Phase phase,
        IFileSystem input,
        IClock clock,
        IDiagnostics diagnostics,
        CancellationToken cancellationToken,
        IReadOnlyCollection<string> visible,
        Run run) : IExecutionContext
    {
        public string PipelineName => pipelineName;

        public Phase Phase => phase;

        public IFileSystem Input => input;

        public IClock Clock => clock;

        public IDiagnostics Diagnostics => diagnostics;

        public CancellationToken CancellationToken => cancellationToken;

        public Document HandOver(Document document) => run.HandOver(document);

        public ImmutableArray<Document> OutputsOf(string other)
        {
            if (!visible.Contains(other))
            {
                throw new InvalidOperationException(
                    $"Pipeline '{pipelineName}' read '{other}' in phase {phase}; declare it with DependsOn or read it in PostProcess.");
            }

            return run.Result(other, phase - 1);
        }

        public ImmutableArray<Document> AllOutputs()
        {
            if (phase < Phase.PostProcess)
            {
                throw new InvalidOperationException($"Pipeline '{pipelineName}' asked for every pipeline's documents in phase {phase}.");
            }

            return [.. visible.Order(StringComparer.Ordinal).SelectMany(other => OutputsOf(other))];
        }
    }
}
