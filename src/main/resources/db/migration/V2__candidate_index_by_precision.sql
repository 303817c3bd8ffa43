-- The merger's date rule differs by precision (a day partner within 2 days, a week or month
-- partner whose period overlaps), so the store asks for each precision's own date range. With
-- the precision between country and date in the index, each of those is one exact index range:
-- a day report no longer reads every report of the month before it to find the month-precision
-- ones stored under the 1st.
CREATE INDEX reported_events_country_precision_date ON reported_events (country_code, date_precision, event_date);
-- it served only the old single-range candidate query
DROP INDEX reported_events_country_date;
