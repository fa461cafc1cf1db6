/* The set-up page's start (setup/index.html): loads its app, src/bin/setup.rs, from the bundle
   Trunk lists in the page, with the wasm's integrity; the app renders once instantiated. The
   whole page: src/setup/mod.rs. Shipped as is: keep comments short. */
(function () {
  var bundle = JSON.parse(document.getElementById('bundles').textContent)[''];
  import(bundle.js).then(function (app) {
    return app.default({ module_or_path: fetch(bundle.wasm, { integrity: bundle.integrity }) });
  });
})();
