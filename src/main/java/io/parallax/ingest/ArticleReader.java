package io.parallax.ingest;

import java.time.Duration;

import io.parallax.stories.ArticleContent;
import io.parallax.system.TimeBudget;
import io.parallax.system.TimeBudget.OverBudgetException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one file's bytes into an article, within the file's budgets: its size and text limits are checked before
 * the parser sees it, and the parser gets a time limit. Whatever goes wrong is this file's failure, with a reason
 * an admin understands; never the import's.
 */
class ArticleReader {

	private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

	private final ArticleFileDecoder decoder;

	private final ArticleLimits limits;

	private final ArticleParser parser;

	private final PageParser pages;

	private final Duration parseTimeLimit;

	ArticleReader(ArticleFileDecoder decoder, ArticleLimits limits, ArticleParser parser, PageParser pages,
			Duration parseTimeLimit) {
		this.decoder = decoder;
		this.limits = limits;
		this.parser = parser;
		this.pages = pages;
		this.parseTimeLimit = parseTimeLimit;
	}

	/** A file is read by what it holds: a saved web page (whatever its name) as a page, anything else as text. */
	ArticleContent read(ArticleFile file) throws UnreadableArticleException {
		if (FileKind.of(file.bytes()) == FileKind.PAGE) {
			return readPage(file);
		}
		if (FileKind.isPageName(file.name())) {
			throw new UnreadableArticleException("not HTML: the name ends in .html or .htm, but the file does not "
					+ "start as a web page does (<!DOCTYPE html>, <html> or another tag)");
		}
		String text = decoder.decode(file.bytes());
		limits.checkText(text);
		ParsedArticle parsed = parse(file.name(), () -> parser.parse(text));
		limits.checkParsed(parsed);
		return parsed.toContent(file);
	}

	/** The page's main text keeps the budgets of a text file's, before its sentences are split. */
	private ArticleContent readPage(ArticleFile file) throws UnreadableArticleException {
		decoder.checkSize(file.bytes().length, decoder.limitFor(file.name()));
		ParsedArticle parsed = parse(file.name(), () -> {
			PageParser.Page page = PageParser.read(file.bytes());
			limits.checkText(page.bodyText());
			return pages.parse(page);
		});
		limits.checkParsed(parsed);
		return parsed.toContent(file);
	}

	private ParsedArticle parse(String name, java.util.concurrent.Callable<ParsedArticle> work) throws UnreadableArticleException {
		try {
			return TimeBudget.run(name, parseTimeLimit, work);
		}
		catch (UnreadableArticleException ex) {
			throw ex;
		}
		catch (OverBudgetException ex) {
			throw new UnreadableArticleException("too long to analyse: parsing it took longer than "
					+ ex.readableLimit());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnreadableArticleException("not read: the import was stopped while it was parsed");
		}
		catch (Exception ex) {
			log.error("parsing {} failed; the file is refused", name, ex);
			throw new UnreadableArticleException("cannot be parsed: the parser met something it does not handle "
					+ "(the details are in the log)");
		}
	}

}
