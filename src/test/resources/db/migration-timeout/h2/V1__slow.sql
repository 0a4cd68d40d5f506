-- a statement that runs past the test's short timeout: the sum of a million numbers
create table slow_result as select sum(mod("X" * 7, 13)) as total from system_range(1, 1000000);
