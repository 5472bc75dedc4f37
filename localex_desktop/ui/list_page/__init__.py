"""One list page for Members, Listings, Trades, Ledger and Audit: the frame they share.

:class:`ListPage` (in :mod:`.page`) is the frame; a page declares its columns, its
service fetch (:func:`service_model`), its filters (:class:`Choice`, :class:`Filter`,
:class:`DateRange`, in :mod:`.filters`), its detail panel and its actions
(:class:`RowAction`, in :mod:`.parts`).
"""

from localex_desktop.ui.list_page.filters import Choice, DateRange, Filter, SearchEdit
from localex_desktop.ui.list_page.page import ListPage
from localex_desktop.ui.list_page.parts import PageFetch, RowAction, service_model

__all__ = [
    "Choice",
    "DateRange",
    "Filter",
    "ListPage",
    "PageFetch",
    "RowAction",
    "SearchEdit",
    "service_model",
]
