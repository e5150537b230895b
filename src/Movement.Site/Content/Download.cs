using Movement.Core.IO;

namespace Movement.Site.Content;

/// <summary>A file offered for download, with what a visitor needs to decide to fetch it.</summary>
public sealed record Download(string File, string Label, long Bytes)
{
    public string Url => "/" + File;

    /// <summary>"PDF", "SVG", "DOCX": the file type as visitors know it.</summary>
    public string Format => SitePath.Extension(File).TrimStart('.').ToUpperInvariant();

    public static Download From(string file, string label, IFileSystem input) =>
        new(file, label, input.Exists(file) ? input.Length(file) : 0);
}
