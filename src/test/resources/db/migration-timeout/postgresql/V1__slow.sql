-- a statement that runs past the test's short timeout
create table slow_result as select 1 as total from pg_sleep(0.5);
