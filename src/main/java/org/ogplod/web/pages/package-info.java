/** The site's pages: the landing page with its figures and charts, search, changes between releases and the files. */
package org.ogplod.web.pages;
