package io.parallax.web;

/**
 * One page of a long list: pages and the API show a bounded slice, whatever the size of the story.
 *
 * @param page the page shown, counted from 1
 */
record Paging(int page, int size, long total) {

	/** The requested page, kept within the pages there are. */
	static Paging of(int requested, int size, long total) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Paging(Math.max(1, Math.min(requested, pages)), size, total);
	}

	/** The requested page, up to one past the last (an empty page: any later one is read as it). */
	static Paging upTo(int requested, int size, long total) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Paging(Math.max(1, Math.min(requested, pages + 1)), size, total);
	}

	int offset() {
		return (page - 1) * size;
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean split() {
		return pages() > 1;
	}

	/** The position of the first item shown, counted from 1. */
	public long first() {
		return total == 0 ? 0 : offset() + 1L;
	}

	public long last() {
		return Math.min(total, (long) offset() + size);
	}

}
