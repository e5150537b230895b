using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Testing;

namespace Movement.Core.Tests.Pipelines;

public class EngineTests
{
    private static readonly InMemoryFileSystem NoInput = new([]);
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Phases_run_in_order_and_each_sees_the_previous_output()
    {
        var pipeline = new TestPipeline("A");
        pipeline.Read.Add(new Add("read"));
        pipeline.Parse.Add(new Append("+parse"));
        pipeline.Render.Add(new Append("+render"));
        pipeline.PostProcess.Add(new Append("+post"));

        var result = await new Engine([pipeline], NoInput, Clock).RunAsync();

        Assert.Equal("read+parse+render+post", Assert.Single(result.Outputs["A"]).Text);
    }

    [Fact]
    public async Task Render_sees_what_its_dependencies_parsed()
    {
        var source = new TestPipeline("Source");
        source.Read.Add(new Add("item"));
        source.Parse.Add(new Append("-parsed"));
        source.Render.Add(new Append("-rendered"));
        var listing = new TestPipeline("Listing", "Source");
        listing.Render.Add(new Collect("Source"));

        var result = await new Engine([source, listing], NoInput, Clock).RunAsync();

        Assert.Equal("item-parsed", Assert.Single(result.Outputs["Listing"]).Text);
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_before_post_process_is_reported_as_an_internal_error()
    {
        var source = new TestPipeline("Source");
        var sneaky = new TestPipeline("Sneaky");
        sneaky.Render.Add(new Collect("Source"));

        var result = await new Engine([source, sneaky], NoInput, Clock).RunAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("MV0900", error.Code);
        Assert.Contains("DependsOn", error.Message);
    }

    [Fact]
    public async Task Post_process_sees_every_pipeline()
    {
        var a = new TestPipeline("A");
        a.Read.Add(new Add("a"));
        var b = new TestPipeline("B");
        b.Read.Add(new Add("b"));
        var checks = new TestPipeline("Checks");
        checks.PostProcess.Add(new CollectAll());

        var result = await new Engine([a, b, checks], NoInput, Clock).RunAsync();

        Assert.Equal(["a", "b"], result.Outputs["Checks"].Select(d => d.Text).Order());
    }

    [Fact]
    public async Task Two_pipelines_may_depend_on_each_other_because_render_waits_only_for_parse()
    {
        var events = new TestPipeline("Events", "Members");
        events.Read.Add(new Add("event"));
        events.Render.Add(new Collect("Members"));
        var members = new TestPipeline("Members", "Events");
        members.Read.Add(new Add("member"));
        members.Render.Add(new Collect("Events"));

        var result = await new Engine([events, members], NoInput, Clock).RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("member", Assert.Single(result.Outputs["Events"]).Text);
        Assert.Equal("event", Assert.Single(result.Outputs["Members"]).Text);
    }

    [Fact]
    public async Task Every_module_of_a_run_sees_one_reading_of_the_clock()
    {
        var clock = new TickingClock();
        var a = new TestPipeline("A");
        a.Read.Add(new Stamp());
        a.Render.Add(new Stamp());
        var b = new TestPipeline("B");
        b.PostProcess.Add(new Stamp());

        var result = await new Engine([a, b], NoInput, clock).RunAsync();

        Assert.Single(result.Outputs.Values.SelectMany(d => d).Select(d => d.Text).Distinct());
        Assert.Equal(1, clock.Readings);
    }

    [Fact]
    public void A_dependency_on_a_missing_pipeline_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new Engine([new TestPipeline("A", "Nope")], NoInput, Clock));
    }

    [Fact]
    public async Task A_failing_module_is_reported_with_its_pipeline_and_phase_and_other_pipelines_finish()
    {
        var broken = new TestPipeline("Broken");
        broken.Parse.Add(new Throw());
        var fine = new TestPipeline("Fine");
        fine.Read.Add(new Add("ok"));

        var result = await new Engine([broken, fine], NoInput, Clock).RunAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("pipeline Broken, phase Parse, module Throw", error.Location.Path);
        Assert.Equal("ok", Assert.Single(result.Outputs["Fine"]).Text);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Timings_list_every_pipeline_with_its_document_count()
    {
        var a = new TestPipeline("A");
        a.Read.Add(new Add("1"));
        a.Read.Add(new Add("2"));

        var result = await new Engine([a], NoInput, Clock).RunAsync();

        var timing = Assert.Single(result.Timings);
        Assert.Equal(("A", 2), (timing.Pipeline, timing.Documents));
        Assert.Equal(Enum.GetValues<Phase>().Length, timing.Milliseconds.Count);
    }

    [Fact]
    public async Task A_phase_s_documents_are_let_go_once_every_reader_is_done()
    {
        var read = new AddTracked("item");
        var source = new TestPipeline("Source");
        source.Read.Add(read);
        source.Parse.Add(new Append("-parsed"));
        source.Render.Add(new Append("-rendered"));
        var listing = new TestPipeline("Listing", "Source");
        listing.Render.Add(new Collect("Source"));
        var alive = new CollectGarbage(read);
        source.PostProcess.Add(alive);

        var result = await new Engine([source, listing], NoInput, Clock).RunAsync();

        // Parse was the one reader of what Source read; by the time any pipeline post-processes, Parse is over.
        Assert.False(alive.ReadDocumentAlive);
        Assert.Equal("item-parsed-rendered", Assert.Single(result.Outputs["Source"]).Text);
        Assert.Equal("item-parsed", Assert.Single(result.Outputs["Listing"]).Text);
    }

    [Fact]
    public async Task The_caller_is_told_how_many_documents_each_phase_let_go()
    {
        var source = new TestPipeline("Source");
        source.Read.Add(new Add("item"));
        source.Read.Add(new Add("other"));
        source.Parse.Add(new Append("-parsed"));
        var listing = new TestPipeline("Listing", "Source");
        listing.Render.Add(new Collect("Source"));
        var released = new List<int>();
        var engine = new Engine([source, listing], NoInput, Clock)
        {
            Released = count =>
            {
                lock (released)
                {
                    released.Add(count);
                }
            },
        };

        await engine.RunAsync();

        // Source's Parse lets its Read go; the later of the two Renders lets Source's Parse go; the later of the two
        // PostProcess phases lets both Renders go at once (2 + 2). PostProcess's documents are the result, never let go.
        Assert.Equal([2, 2, 4], released);
    }

    [Fact]
    public async Task Large_render_phases_take_turns()
    {
        var running = new Running();
        var pipelines = new[] { "A", "B", "C" }.Select(name =>
        {
            var pipeline = new TestPipeline(name);
            pipeline.Read.Add(new Add("one"));
            pipeline.Read.Add(new Add("two"));
            pipeline.Render.Add(new Occupy(running));
            return pipeline;
        });

        var result = await new Engine(pipelines, NoInput, Clock) { LargeRender = 2 }.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, running.Most);
        Assert.All(result.Outputs.Values, documents => Assert.Equal(2, documents.Length));
    }

    [Fact]
    public async Task Render_phases_below_the_large_size_run_side_by_side()
    {
        var a = new TaskCompletionSource();
        var b = new TaskCompletionSource();
        var first = new TestPipeline("A");
        first.Read.Add(new Add("one"));
        first.Render.Add(new Meet(a, b.Task));
        var second = new TestPipeline("B");
        second.Read.Add(new Add("one"));
        second.Render.Add(new Meet(b, a.Task));

        // Each waits for the other to have started: only phases running at the same time both finish.
        var result = await new Engine([first, second], NoInput, Clock) { LargeRender = 2 }.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(result.Diagnostics);
    }

    private sealed class TestPipeline : Pipeline
    {
        public TestPipeline(string name, params string[] dependencies)
            : base(name)
        {
            DependsOn(dependencies);
        }
    }

    private sealed class Add(string text) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(inputs.Add(new Document { Text = text }));
    }

    private sealed class Append(string suffix) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(inputs.Select(d => d with { Text = d.Text + suffix }).ToImmutableArray());
    }

    private sealed class Collect(string pipeline) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(context.OutputsOf(pipeline));
    }

    private sealed class Stamp : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(inputs.Add(new Document { Text = context.Clock.Now.ToString("O") }));
    }

    /// <summary>A minute later at every reading, as a build running across midnight would see.</summary>
    private sealed class TickingClock : IClock
    {
        private int _readings;

        public int Readings => _readings;

        public DateTimeOffset Now => new DateTimeOffset(2026, 1, 1, 23, 59, 0, TimeSpan.Zero).AddMinutes(Interlocked.Increment(ref _readings));
    }

    private sealed class CollectAll : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(context.AllOutputs());
    }

    /// <summary>Adds a document and remembers it only weakly, to tell whether anything still holds it.</summary>
    private sealed class AddTracked(string text) : IModule
    {
        public WeakReference<Document>? Added { get; private set; }

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            var document = new Document { Text = text };
            Added = new WeakReference<Document>(document);
            return Task.FromResult(inputs.Add(document));
        }
    }

    private sealed class CollectGarbage(AddTracked read) : IModule
    {
        public bool ReadDocumentAlive { get; private set; } = true;

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            ReadDocumentAlive = read.Added!.TryGetTarget(out _);
            return Task.FromResult(inputs);
        }
    }

    private sealed class Throw : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            throw new InvalidOperationException("boom");
    }

    /// <summary>How many <see cref="Occupy"/> modules run at once, and the most that ever did.</summary>
    private sealed class Running
    {
        private int _now;
        private int _most;

        public int Most => _most;

        public void Enter()
        {
            var now = Interlocked.Increment(ref _now);
            int most;
            while (now > (most = _most) && Interlocked.CompareExchange(ref _most, now, most) != most)
            {
            }
        }

        public void Leave() => Interlocked.Decrement(ref _now);
    }

    private sealed class Occupy(Running running) : IModule
    {
        public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            running.Enter();
            await Task.Delay(50);
            running.Leave();
            return inputs;
        }
    }

    private sealed class Meet(TaskCompletionSource arrived, Task other) : IModule
    {
        public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            arrived.TrySetResult();
            await other.WaitAsync(TimeSpan.FromSeconds(10));
            return inputs;
        }
    }
}
