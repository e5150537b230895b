// A local Netlify Build plugin: keeps .movement-program.cache, where src/Movement.Cli/movement keeps the native
// program it compiles, in Netlify's build cache. The program lies in a folder named by a digest of src/, theme/ and
// Directory.*.props, so a deploy that changed only content finds it and compiles nothing (the compile takes minutes);
// one that changed the engine or the theme compiles a new one beside it.
const folder = '.movement-program.cache';

module.exports = {
  async onPreBuild({ utils }) {
    const restored = await utils.cache.restore(folder);
    console.log(restored ? `Restored ${folder} from the build cache.` : `No ${folder} in the build cache yet: Movement is compiled.`);
  },

  // Only after a build that succeeded, as for the pictures: a failed build leaves the cache as it was.
  async onPostBuild({ utils }) {
    const saved = await utils.cache.save(folder);
    console.log(saved ? `Saved ${folder} to the build cache.` : `No ${folder} to save.`);
  },
};
