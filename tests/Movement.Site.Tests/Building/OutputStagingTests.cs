using System.Collections.Concurrent;
using System.Text;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Site.Building;

namespace Movement.Site.Tests.Building;

public class OutputStagingTests
{
    [Fact]
    public async Task Every_file_is_written_as_handed_over_though_batch_buffers_are_used_again()
    {
        var output = new SlowOutput();
        var staging = new OutputStaging(output, d => d.ContentBytes());

        // 3,000 pages of 8 to 38 KB (70 MB) put writing far enough behind that files are copied into batch buffers,
        // which come back and are filled again while earlier batches still wait to be written; the first pages go
        // as they are, and batches mix both; one file is too big to copy and goes as it is.
        var pages = Enumerable.Range(0, 3000).Select(i => new Document { Destination = $"p/{i}/index.html", Text = Page(i) }).ToList();
        var big = new Document { Destination = "big.bin", Bytes = Enumerable.Range(0, 2 << 20).Select(i => (byte)i).ToArray() };
        var released = await Task.Run(() => pages.Append(big).AsParallel().Select(staging.HandOver).ToList());
        staging.Flush();
        await output.Idle();

        Assert.Equal(3001, output.Written.Count);
        Assert.All(pages, p => Assert.Equal(Page(int.Parse(p.Destination!.Split('/')[1])), Encoding.UTF8.GetString(output.Written[p.Destination!])));
        Assert.Equal(big.Bytes!.Value.ToArray(), output.Written["big.bin"]);
        Assert.All(released, d => Assert.NotNull(d.Stored));
    }

    private static string Page(int i) => $"<p>Page {i}</p>" + new string((char)('a' + i % 26), 8000 + i * 7919 % 30000);

    /// <summary>Writes each batch a little later, copying what the batch holds at that moment, as a disk would.</summary>
    private sealed class SlowOutput : IOutputBuild
    {
        private Task _work = Task.CompletedTask;
        private readonly Lock _gate = new();

        public ConcurrentDictionary<string, byte[]> Written { get; } = new(StringComparer.Ordinal);

        public bool KeepsStaged => true;

        public Task Stage(IReadOnlyList<OutputFile> files)
        {
            lock (_gate)
            {
                return _work = _work.ContinueWith(async _ =>
                {
                    await Task.Delay(2);
                    foreach (var file in files)
                    {
                        Written[file.Path] = file.Content.ToArray();
                    }
                }).Unwrap();
            }
        }

        public ReadOnlyMemory<byte> ReadStaged(string path) => Written[path];

        public Task Idle()
        {
            lock (_gate)
            {
                return _work;
            }
        }

        public Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
