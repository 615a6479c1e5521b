// `npm start`: serves the built library and the demo gallery; / opens the gallery.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  watch: false,
  middleware: [
    function galleryAtRoot(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
