// The redirect page at an old address (src/lib/redirects.ts): go to the new page, keeping the
// #section of the link, mapped to its new id where the redirect renamed it.
(function () {
	var link = document.querySelector('link[rel="canonical"]');
	if (!link) return;
	var anchors = JSON.parse(document.documentElement.getAttribute('data-anchors') || '{}');
	var hash = decodeURIComponent(location.hash.slice(1));
	var anchor = Object.prototype.hasOwnProperty.call(anchors, hash) ? anchors[hash] : hash;
	location.replace(new URL(link.getAttribute('href'), location.href).pathname + (anchor ? '#' + encodeURIComponent(anchor) : ''));
})();
