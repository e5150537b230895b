namespace Movement.Core.IO;

/// <summary>Why a file or symbolic link in the input is not read.</summary>
public enum FileRefusal
{
    /// <summary>It leads outside the input folder, or to a hidden file the build never reads.</summary>
    Outside,

    /// <summary>It leads to a folder: following it could list files twice or loop.</summary>
    Folder,

    /// <summary>It leads nowhere: its target is missing, or links lead round in a circle.</summary>
    Nowhere,

    /// <summary>A file larger than the input's limit (<see cref="PhysicalFileSystem.MaxFileBytes"/>): read whole, it could exhaust memory.</summary>
    TooLarge,
}
