// ?bare: the same page without the reservation (a classic script, so it runs before first paint).
if (new URLSearchParams(location.search).has('bare')) document.querySelector('link[href="./reserved-space.css"]').remove();
