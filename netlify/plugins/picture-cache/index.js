// A local Netlify Build plugin: keeps ._site.cache, where `movement build` keeps the pictures it draws (each
// page's link-preview card, PNG copies of SVG resources, smaller copies of pictures in content), in Netlify's
// build cache, so a deploy draws only the pictures whose inputs changed and reads the rest back. Movement
// checks every kept picture by a digest of all that goes into it, so a stale or missing cache only costs time.
const folder = '._site.cache';

module.exports = {
  async onPreBuild({ utils }) {
    const restored = await utils.cache.restore(folder);
    console.log(restored ? `Restored ${folder} from the build cache.` : `No ${folder} in the build cache yet: every picture is drawn.`);
  },

  // Only after a build that succeeded: a failed build leaves the store as the last good build left it.
  async onPostBuild({ utils }) {
    const saved = await utils.cache.save(folder);
    console.log(saved ? `Saved ${folder} to the build cache.` : `No ${folder} to save.`);
  },
};
