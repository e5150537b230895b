using Microsoft.Playwright;

namespace Movement.Browser.Tests.Headless;

/// <summary>
/// A repository's text files in the browser's origin-private file system, standing in for the folder an editor
/// picks on their disk. Sveltia CMS edits a local repository through the File System Access API, and the private
/// file system's root is a directory handle of that same API: the context's showDirectoryPicker returns it, so
/// the editor's "Work with Local Repository" opens these files with no dialog, and what it saves can be read back.
/// </summary>
public static class OriginPrivateRepository
{
    /// <summary>Added to a context before its first page: the folder picker answers with the private file system.</summary>
    public const string PickerScript = "window.showDirectoryPicker = () => navigator.storage.getDirectory();";

    /// <summary>Writes the files (repository path → text) on the page's origin, and the '.git' the editor looks for at the root.</summary>
    public static Task WriteAsync(IPage page, IReadOnlyDictionary<string, string> files) => page.EvaluateAsync("""
        async files => {
          const root = await navigator.storage.getDirectory();
          for (const [path, text] of Object.entries({ ...files, '.git/HEAD': 'ref: refs/heads/main\n' })) {
            const parts = path.split('/');
            let folder = root;
            for (const name of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(name, { create: true });
            const writer = await (await folder.getFileHandle(parts.at(-1), { create: true })).createWritable();
            await writer.write(text);
            await writer.close();
          }
        }
        """, files);

    /// <summary>Every file under the root but '.git', as repository path → text.</summary>
    public static Task<Dictionary<string, string>> ReadAsync(IPage page) => page.EvaluateAsync<Dictionary<string, string>>("""
        async () => {
          const files = {};
          const walk = async (folder, prefix) => {
            for await (const [name, handle] of folder.entries()) {
              if (handle.kind === 'directory') {
                if (name !== '.git') await walk(handle, prefix + name + '/');
              } else {
                files[prefix + name] = await (await handle.getFile()).text();
              }
            }
          };
          await walk(await navigator.storage.getDirectory(), '');
          return files;
        }
        """);
}
