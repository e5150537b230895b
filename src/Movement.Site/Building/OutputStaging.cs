using System.Collections.Immutable;
using System.IO.Hashing;
using Movement.Core.Documents;
using Movement.Core.IO;

namespace Movement.Site.Building;

/// <summary>
/// Hands finished documents to an output build that keeps what it stages, in batches while the build runs,
/// and gives the build back each document without its content. A site of 100,000 pages is then never in
/// memory at once: the pages live in the output's spare folder, and the few readers that still need one
/// (a link to a section checks the page's ids) read it back from there.
/// </summary>
internal sealed class OutputStaging
{
    private readonly IOutputBuild _output;
    private readonly Func<Document, ReadOnlyMemory<byte>> _bytesOf;
    private readonly Func<string, ReadOnlyMemory<byte>> _readBack;
    private const int BatchFiles = 256;
    private const int BatchBytes = 4 << 20;

    /// <summary>How far writing may fall behind rendering before a module waits: bytes handed over, not yet written.</summary>
    private const long MostUnwritten = 64L << 20;

    private readonly Lock _batchGate = new();
    private readonly Lock _sendGate = new();
    private readonly Queue<(Task Written, long Bytes)> _sent = new();
    private List<OutputFile> _batch = [];
    private long _batchBytes;
    private long _unwritten;

    public OutputStaging(IOutputBuild output, Func<Document, ReadOnlyMemory<byte>> bytesOf)
    {
        _output = output;
        _bytesOf = bytesOf;
        _readBack = ReadBack;
    }

    /// <summary>The one reader of every released document: what it asks for may still wait in a batch.</summary>
    private ReadOnlyMemory<byte> ReadBack(string path)
    {
        Flush();
        return _output.ReadStaged(path);
    }

    /// <summary>Stages a document now and returns it without its content; one that is not written is returned as it is.</summary>
    public Document HandOver(Document document)
    {
        // A path no system can write is reported by CheckOutputPaths; staging it would only throw.
        if (document.Destination is not { } path || document.Stored is not null || OutputPathLimits.Problem(path) is not null)
        {
            return document;
        }

        var bytes = _bytesOf(document);
        var stored = new StoredContent(bytes.Length, XxHash3.HashToUInt64(bytes.Span), document.Bytes is null, path, _readBack);
        Add(new OutputFile(path, bytes));
        return document.Released(stored);
    }

    /// <summary>At the end of a phase: stages what was not handed over yet, and sends every batch on its way.</summary>
    public ImmutableArray<Document> HandOverAll(ImmutableArray<Document> documents)
    {
        var kept = ImmutableArray.CreateBuilder<Document>(documents.Length);
        foreach (var document in documents)
        {
            kept.Add(HandOver(document));
        }

        Flush();
        return kept.MoveToImmutable();
    }

    /// <summary>Sends the batch being filled, however small: at the end of every phase, and before a file is read back.</summary>
    public void Flush()
    {
        List<OutputFile> rest;
        lock (_batchGate)
        {
            (rest, _batch, _batchBytes) = (_batch, [], 0);
        }

        Send(rest);
    }

    private void Add(OutputFile file)
    {
        List<OutputFile>? full = null;
        lock (_batchGate)
        {
            _batch.Add(file);
            _batchBytes += file.Content.Length;
            if (_batch.Count >= BatchFiles || _batchBytes >= BatchBytes)
            {
                (full, _batch, _batchBytes) = (_batch, [], 0);
            }
        }

        if (full is not null)
        {
            Send(full);
        }
    }

    private void Send(List<OutputFile> files)
    {
        if (files.Count == 0)
        {
            return;
        }

        var bytes = files.Sum(f => (long)f.Content.Length);
        lock (_sendGate)
        {
            _sent.Enqueue((_output.Stage(files), bytes));
            _unwritten += bytes;
        }

        // Batches are written in the order they were sent: wait for the oldest while too much is behind.
        while (true)
        {
            Task oldest;
            lock (_sendGate)
            {
                while (_sent.TryPeek(out var first) && first.Written.IsCompleted)
                {
                    _unwritten -= _sent.Dequeue().Bytes;
                }

                if (_unwritten <= MostUnwritten || !_sent.TryPeek(out var waiting))
                {
                    return;
                }

                oldest = waiting.Written;
            }

            // A failed write is the commit's to report; here it only means there is nothing left to wait for.
            ((IAsyncResult)oldest).AsyncWaitHandle.WaitOne();
        }
    }
}
