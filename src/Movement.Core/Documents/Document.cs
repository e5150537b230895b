using System.Text;

namespace Movement.Core.Documents;

/// <summary>
/// The unit that flows through pipelines. Immutable: a module changes a document by returning a copy
/// (<c>doc with { ... }</c> or <see cref="With{T}"/>).
/// </summary>
public sealed record Document
{
    /// <summary>The input file this came from, relative to the input folder; null for generated documents.</summary>
    public string? Source { get; init; }

    /// <summary>The output file this becomes, relative to the output folder; null when it is not written.</summary>
    public string? Destination { get; init; }

    private readonly string? _text;
    private readonly ReadOnlyMemory<byte>? _bytes;
    private readonly string? _copyOf;
    private StoredContent? _stored;

    /// <summary>Text content (Markdown, HTML, JSON). When <see cref="Bytes"/> is set, it wins.</summary>
    public string Text
    {
        get => _text ?? (Stored is { IsText: true } stored ? Encoding.UTF8.GetString(stored.Load().Span) : "");
        init => (_text, _copyOf) = (value, null);
    }

    /// <summary>
    /// Binary content, for files copied unchanged (PDFs, images). Of a released document, read back from the
    /// output on every call: test <see cref="Stored"/> first when only asking whether there is any.
    /// </summary>
    public ReadOnlyMemory<byte>? Bytes
    {
        get => _bytes ?? (Stored is { IsText: false } stored ? stored.Load() : default(ReadOnlyMemory<byte>?));
        init => (_bytes, _copyOf) = (value, null);
    }

    /// <summary>
    /// A file outside the output that holds exactly these bytes (a picture the picture cache keeps), so the output
    /// may link it rather than write the bytes again. Set it after <see cref="Bytes"/>: new text or bytes forget it.
    /// </summary>
    public string? CopyOf
    {
        get => _copyOf;
        init => _copyOf = value;
    }

    /// <summary>
    /// A document whose bytes are a file's outside the output (a picture the picture cache keeps), known by their
    /// length and digest: nothing reads them unless asked, and the output may link the file.
    /// </summary>
    public static Document CopyOfFile(string destination, string file, StoredContent content)
    {
        var document = new Document { Destination = destination, CopyOf = file };
        document._stored = content;
        return document;
    }

    /// <summary>Made by <see cref="CopyOfFile"/> and not yet handed to the output, which has not seen its bytes.</summary>
    public bool IsUnstagedCopy => _copyOf is not null && Stored is not null;

    /// <summary>
    /// Set once the output has taken this document and it no longer holds its content (see <see cref="Released"/>);
    /// null again as soon as a module gives it new text or bytes.
    /// </summary>
    public StoredContent? Stored => _text is null && _bytes is null ? _stored : null;

    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    public T? Get<T>(MetadataKey<T> key) where T : notnull =>
        Metadata.TryGetValue(key.Name, out var value) ? (T)value : default;

    public T Require<T>(MetadataKey<T> key) where T : notnull =>
        Metadata.TryGetValue(key.Name, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Document '{Source ?? Destination}' has no '{key.Name}'.");

    public bool Has<T>(MetadataKey<T> key) where T : notnull => Metadata.ContainsKey(key.Name);

    public Document With<T>(MetadataKey<T> key, T value) where T : notnull =>
        this with { Metadata = Metadata.SetItem(key.Name, value) };

    public ReadOnlyMemory<byte> ContentBytes() => Bytes ?? Encoding.UTF8.GetBytes(Text);

    /// <summary>
    /// This document without its text or bytes, for a step that has turned them into metadata: a parsed page's file
    /// text is not read again, and every reader of the pipeline would otherwise keep it alive with the page.
    /// </summary>
    public Document WithoutContent() => new() { Source = Source, Destination = Destination, Metadata = Metadata };

    /// <summary>This document without its content, which the output now keeps: read back from there when asked for.</summary>
    public Document Released(StoredContent stored)
    {
        var released = new Document { Source = Source, Destination = Destination, Metadata = Metadata };
        released._stored = stored;
        return released;
    }
}
