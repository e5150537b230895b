namespace Movement.Core.Diagnostics;

/// <summary>A place in an input file: path relative to the input folder, 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line = 1, int Column = 1)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
