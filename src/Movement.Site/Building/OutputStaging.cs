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
    private const int BatchBytes = 1 << 20;

    /// <summary>
    /// How far writing may fall behind rendering before a module waits: bytes handed over, not yet written. Each
    /// megabyte of it is a batch's buffer alive at the build's peak, but 32 MB made a 4,000-page build into a new
    /// folder 20 to 30% slower for 40 MB less (modules waited, and the writer waited for their threads).
    /// </summary>
    private const long MostUnwritten = 64L << 20;

    /// <summary>
    /// How far writing may fall behind before files are copied into batch buffers at all. Until then a file keeps its
    /// own array: what is alive is no more than this, and copying it only doubled it (at 1,000 pages the buffers were
    /// 16 MB of fresh memory, each 4 KB of it a page fault, for files whose arrays were already there).
    /// </summary>
    private const long CopyWhenBehind = 16L << 20;

    /// <summary>Buffers kept for the next batches once written; any more are left to the collector, not held to the end.</summary>
    private const int SpareBuffersKept = 8;

    private readonly Lock _batchGate = new();
    private readonly Lock _sendGate = new();
    private readonly Queue<(Task Written, long Bytes)> _sent = new();
    private readonly Stack<byte[]> _spareBuffers = new();
    private List<OutputFile> _batch = [];
    private byte[]? _buffer;
    private int _batchBytes;

    /// <summary>How much of the batch's buffer is used: the batch may also hold files that were not copied.</summary>
    private int _bufferBytes;
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
        if (document.Destination is not { } path || OutputPathLimits.Problem(path) is not null)
        {
            return document;
        }

        if (document.IsUnstagedCopy)
        {
            // A picture the cache keeps: staged by its length and digest, its bytes never read unless the output must.
            var copied = document.Stored!;
            Add(OutputFile.CopiedFrom(path, document.CopyOf!, copied));
            return document.Released(new StoredContent(copied.Length, copied.Digest, isText: false, path, _readBack));
        }

        if (document.Stored is not null)
        {
            return document;
        }

        var bytes = _bytesOf(document);
        var stored = new StoredContent(bytes.Length, XxHash3.HashToUInt64(bytes.Span), document.Bytes is null, path, _readBack);
        Add(new OutputFile(path, bytes) { CopyOf = document.CopyOf });
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
        (List<OutputFile> Files, byte[]? Buffer) rest;
        lock (_batchGate)
        {
            rest = TakeBatch();
        }

        Send(rest.Files, rest.Buffer);
    }

    /// <remarks>
    /// Once writing has fallen behind (<see cref="CopyWhenBehind"/>), a file's bytes are copied into the batch's
    /// buffer, and the buffer is used again once the batch is written.
    /// Writing is slower than rendering, so whatever waits to be written outlives several collections: held as
    /// each page's own array, every page of the site passed through the oldest generation as garbage (at
    /// 100,000 members the heap grew to about three times what was alive). The page's own array now dies young.
    /// </remarks>
    private void Add(OutputFile file)
    {
        (List<OutputFile> Files, byte[]? Buffer)? full = null;
        lock (_batchGate)
        {
            var length = file.Content.Length;
            if (length <= BatchBytes / 4 && Interlocked.Read(ref _unwritten) >= CopyWhenBehind)
            {
                if (_buffer is not null && _bufferBytes + length > BatchBytes)
                {
                    full = TakeBatch();
                }

                _buffer ??= RentBuffer();
                file.Content.Span.CopyTo(_buffer.AsSpan(_bufferBytes));
                file = file with { Content = _buffer.AsMemory(_bufferBytes, length) };
                _bufferBytes += length;
            }

            _batch.Add(file);
            _batchBytes += length;
            if (full is null && (_batch.Count >= BatchFiles || _batchBytes >= BatchBytes))
            {
                full = TakeBatch();
            }
        }

        if (full is { } batch)
        {
            Send(batch.Files, batch.Buffer);
        }
    }

    private (List<OutputFile> Files, byte[]? Buffer) TakeBatch()
    {
        var taken = (_batch, _buffer);
        (_batch, _buffer, _batchBytes, _bufferBytes) = ([], null, 0, 0);
        return taken;
    }

    private static bool IsIn(OutputFile file, byte[] buffer) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(file.Content, out var segment) && ReferenceEquals(segment.Array, buffer);

    private byte[] RentBuffer()
    {
        lock (_spareBuffers)
        {
            // Uninitialised: only the bytes copied in are ever read, and clearing a fresh megabyte cost the collector
            // a page fault for every 4 KB of it (2.5% of a 1,000-page build's time).
            return _spareBuffers.TryPop(out var buffer) ? buffer : GC.AllocateUninitializedArray<byte>(BatchBytes);
        }
    }

    private void ReturnBuffer(byte[] buffer)
    {
        lock (_spareBuffers)
        {
            if (_spareBuffers.Count < SpareBuffersKept)
            {
                _spareBuffers.Push(buffer);
            }
        }
    }

    private void Send(List<OutputFile> files, byte[]? buffer)
    {
        if (files.Count == 0)
        {
            if (buffer is not null)
            {
                ReturnBuffer(buffer);
            }

            return;
        }

        // A batch's buffer counts whole however little of it is used: a batch sent early (at a read-back, or at the
        // end of a phase) still holds it until written.
        var bytes = buffer is null ? files.Sum(f => (long)f.Content.Length) : buffer.Length + files.Where(f => !IsIn(f, buffer)).Sum(f => (long)f.Content.Length);
        lock (_sendGate)
        {
            var written = _output.Stage(files);
            if (buffer is not null)
            {
                // Whether the write succeeded or not, nothing reads the batch's bytes once it is over.
                written.ContinueWith(_ => ReturnBuffer(buffer), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            _sent.Enqueue((written, bytes));
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
